"use client";

import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react.tsx";
import { type DashboardFilters, dashboardInput, dashboardPageParam } from "./lib/dashboard-filters.ts";

/** The desk dashboard: briefs matching the filters, in keyset pages ("Load more" fetches the next). */
export function useDashboardBriefs(filters: DashboardFilters) {
  const trpc = useTRPC();
  return useInfiniteQuery({
    ...trpc.briefs.list.infiniteQueryOptions(dashboardInput(filters), dashboardPageParam),
    // Typing in the search box keeps the previous rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** Briefs to choose from (the audit log's brief filter): the first 100 by country, archived too. */
export function useBriefs() {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.briefs.list.queryOptions({ sort: "country", includeArchived: true, limit: 100 }),
    select: (page) => page.items,
  });
}

/** My work: sections I own, reviews waiting for me, threads with news for me. */
export function useMyWork() {
  const trpc = useTRPC();
  return useQuery(trpc.work.mine.queryOptions());
}

/** One brief's outline (sections with filled / open-thread counts, never content). */
export function useBrief(briefId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.briefs.get.queryOptions({ briefId }));
}

/** A new brief is a new row on the dashboard (every filtered view of it), and nothing else. */
export function useCreateBrief() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.briefs.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.briefs.list.pathKey() }),
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
