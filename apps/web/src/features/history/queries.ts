"use client";

import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/trpc/react.tsx";
import { REVISIONS_PAGE_SIZE, revisionsPageParam } from "./lib/revisions-query.ts";

/**
 * A section's history: its revisions a page at a time, one revision, the comparison of two, and
 * restoring one. Revisions never change once written, so single revisions and comparisons are
 * cached for good.
 */

export function useRevisions(sectionId: string) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.revisions.list.infiniteQueryOptions({ sectionId, limit: REVISIONS_PAGE_SIZE }, revisionsPageParam),
  );
}

export function useRevision(revisionId: string | null) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.revisions.get.queryOptions({ revisionId: revisionId ?? "" }),
    enabled: revisionId !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The revision just before revision `number` (one keyset row below it); none before #1. */
export function usePreviousRevision(sectionId: string, number: number | undefined) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.revisions.list.queryOptions({ sectionId, cursor: number ?? 1, limit: 1 }),
    enabled: number !== undefined && number > 1,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The same, fetched on demand (a group's first save may sit on a page not loaded yet). */
export function useFetchRevisionBefore(sectionId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    async (number: number) => {
      const page = await queryClient.fetchQuery(
        trpc.revisions.list.queryOptions({ sectionId, cursor: number, limit: 1 }),
      );
      return page.items[0]?.id ?? null;
    },
    [queryClient, sectionId, trpc],
  );
}

export function useRevisionCompare(sectionId: string, fromId: string | null, toId: string) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.revisions.compare.queryOptions({ sectionId, fromRevisionId: fromId, toRevisionId: toId }),
    placeholderData: keepPreviousData,
    // Revisions never change: a comparison computed once stays true.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * `revisions.restore`. With the section open in an editor, the editor takes the written revision
 * in (and updates the cache itself); without one, the section and its history are refetched.
 * A failure refetches the history: the list may be out of date (that is often why it failed).
 */
export function useRestoreRevision(sectionId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const history = trpc.revisions.list.infiniteQueryKey({ sectionId });
  const mutation = useMutation(
    trpc.revisions.restore.mutationOptions({
      onError: () => void queryClient.invalidateQueries({ queryKey: history }),
    }),
  );
  const refetchSection = useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.sections.get.queryKey() }),
        queryClient.invalidateQueries({ queryKey: history }),
      ]),
    [history, queryClient, trpc],
  );
  return { ...mutation, refetchSection };
}
