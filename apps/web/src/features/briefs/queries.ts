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
