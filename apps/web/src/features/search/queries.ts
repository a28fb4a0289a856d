"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTRPC, useTRPCClient } from "@/trpc/react.tsx";

export const SEARCH_PAGE_SIZE = 20;

/**
 * One group of the results page (sections or comments), a page at a time ("Show more").
 * search.list pages by offset, not by cursor, so the pages are fetched through the client.
 */
export function useSearchGroup(query: string, scope: "sections" | "comments") {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useInfiniteQuery({
    queryKey: [...trpc.search.list.queryKey({ query, scope }), "pages"],
    queryFn: ({ pageParam, signal }) =>
      client.search.list.query({ query, scope, limit: SEARCH_PAGE_SIZE, offset: pageParam }, { signal }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const group = last[scope];
      return group?.hasMore ? pages.length * SEARCH_PAGE_SIZE : undefined;
    },
    enabled: query.trim() !== "",
    // Results follow edits: a search opened again is asked again.
    staleTime: 0,
  });
}

/** The palette's few best text matches while typing. */
export function usePaletteSearch(query: string) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.search.list.queryOptions({ query, scope: "sections", limit: 5 }),
    enabled: query.trim() !== "",
    placeholderData: keepPreviousData,
  });
}

/** The palette's "go to": briefs and sections whose titles match what is typed. */
export function useJumpTargets(query: string) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.search.listJumpTargets.queryOptions({ query }),
    // The server wants at least one character that isn't blank.
    enabled: query.trim() !== "",
    placeholderData: keepPreviousData,
  });
}
