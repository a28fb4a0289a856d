import { Skeleton } from "@/components/ui/skeleton.tsx";
import { SectionSkeleton } from "@/features/sections/index.ts";

/** Opening a brief: the outline and the first section take shape while the server loads them. */
export default function Loading() {
  return (
    <div className="lg:grid lg:grid-cols-[17.5rem_minmax(0,1fr)]">
      <div className="hidden h-[calc(100dvh-3rem)] space-y-3 border-r border-neutral-200 bg-neutral-50/70 px-4 py-5 lg:block">
        <Skeleton className="h-3 w-20" />
        <Skeleton className="h-5 w-28" />
        <Skeleton className="h-3 w-48" />
        <Skeleton className="h-1 w-full" />
        {[0, 1, 2, 3, 4, 5, 6, 7].map((i) => (
          <Skeleton key={i} className="h-4" style={{ width: `${55 + ((i * 37) % 40)}%` }} />
        ))}
      </div>
      <SectionSkeleton />
    </div>
  );
}
