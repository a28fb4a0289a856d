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

/** Briefs the reader can see for a country: the new-brief dialog's "already exists" warning. */
export function useBriefsForCountry(country: string, { enabled }: { enabled: boolean }) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.briefs.forCountry.queryOptions({ country }), enabled, staleTime: 30_000 });
}

/** A rename shows in the brief's outline header and its dashboard row. */
export function useUpdateBrief(briefId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.briefs.update.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.briefs.get.queryKey({ briefId }) });
        void queryClient.invalidateQueries({ queryKey: trpc.briefs.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.briefs.forCountry.pathKey() });
      },
    }),
  );
}

/** Archiving or restoring changes the brief (read-only or not) and whether the dashboard lists it. */
export function useArchiveBrief(briefId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.briefs.archive.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.briefs.get.queryKey({ briefId }) });
        void queryClient.invalidateQueries({ queryKey: trpc.briefs.list.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.sections.get.pathKey() });
      },
    }),
  );
}

/** A deleted brief leaves the dashboard; its own queries are dropped, not refetched. */
export function useDeleteBrief(briefId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.briefs.delete.mutationOptions({
      onSuccess: () => {
        queryClient.removeQueries({ queryKey: trpc.briefs.get.queryKey({ briefId }) });
        void queryClient.invalidateQueries({ queryKey: trpc.briefs.list.pathKey() });
      },
    }),
  );
}
