import { Skeleton } from "@/components/ui/skeleton.tsx";
import { BriefListSkeleton } from "@/features/briefs/index.ts";

export default function Loading() {
  return (
    <main className="mx-auto w-full max-w-5xl px-6 pt-10 pb-20">
      <div className="mb-8 space-y-2">
        <Skeleton className="h-6 w-24" />
        <Skeleton className="h-4 w-72" />
      </div>
      <BriefListSkeleton />
    </main>
  );
}
