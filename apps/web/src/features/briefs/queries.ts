"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react.tsx";

/** The dashboard's briefs. */
export function useBriefs() {
  const trpc = useTRPC();
  return useQuery(trpc.briefs.list.queryOptions());
}

/** One brief's outline (sections with filled / open-thread counts, never content). */
export function useBrief(briefId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.briefs.get.queryOptions({ briefId }));
}

/** A new brief is a new row on the dashboard, and nothing else. */
export function useCreateBrief() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.briefs.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.briefs.list.queryKey() }),
    }),
  );
}
