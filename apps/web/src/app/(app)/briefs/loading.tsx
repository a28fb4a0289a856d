import { OutlineSkeleton } from "@/features/briefs/index.ts";
import { SectionSkeleton } from "@/features/sections/index.ts";

/** Opening a brief: the outline and the first section take shape while the server loads them. */
export default function Loading() {
  return (
    <div className="lg:grid lg:grid-cols-[17.5rem_minmax(0,1fr)]">
      <div className="hidden h-[calc(100dvh-3rem)] border-r border-neutral-200 bg-neutral-50/70 lg:block">
        <OutlineSkeleton />
      </div>
      <SectionSkeleton />
    </div>
  );
}
