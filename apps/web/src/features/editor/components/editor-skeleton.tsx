import { Skeleton } from "@/components/ui/skeleton.tsx";

export function EditorSkeleton() {
  return (
    <div role="status" aria-label="Loading editor" className="space-y-3 pt-2">
      <Skeleton className="mb-6 h-9 w-full" />
      <Skeleton className="h-4 w-11/12" />
      <Skeleton className="h-4 w-full" />
      <Skeleton className="h-4 w-4/5" />
      <Skeleton className="h-4 w-2/3" />
    </div>
  );
}
