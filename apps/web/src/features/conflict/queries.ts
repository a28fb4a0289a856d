"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react.tsx";

/**
 * `revisions.resolveConflict`. The editor takes the written revision in and updates the cache
 * (editor/queries.ts `useRecordSavedRevision`), so nothing is invalidated here.
 */
export function useResolveConflict() {
  const trpc = useTRPC();
  return useMutation(trpc.revisions.resolveConflict.mutationOptions());
}
