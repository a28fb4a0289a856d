/**
 * How the history panel pages through revisions. Shared by the browser query and the server
 * prefetch, so both build the same query key.
 */
export const REVISIONS_PAGE_SIZE = 20;

export const revisionsPageParam = {
  getNextPageParam: (page: { nextCursor: number | null }) => page.nextCursor ?? undefined,
};
