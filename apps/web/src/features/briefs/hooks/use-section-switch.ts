"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { MouseEvent } from "react";
import { useCallback } from "react";
import { SECTION_STALE_MS, sectionQueryOptions } from "@/features/editor/index.ts";
import { REVISIONS_PAGE_SIZE, revisionsPageParam } from "@/features/history/index.ts";
import { useSectionKeyInPath } from "@/hooks/use-brief-segment.ts";
import { useTRPC } from "@/trpc/react.tsx";

/**
 * Moving between a brief's sections without a server round trip. From a section page, a plain
 * click on another section's link only changes the address (History API, which Next's router
 * follows): the section page reads its key from the address bar and its data from the query
 * cache, filled ahead of the click (`prefetch`: the neighbours on arrival, any link on hover) or
 * by one API call. Rendering the section's server page again — session, access, section and
 * history, then the whole page tree — cost most of a switch. A new tab, a modified click, or a
 * click from one of the brief's other pages stays an ordinary link.
 */
export function useSectionSwitch(briefId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSectionPage = useSectionKeyInPath(briefId) !== null;

  const prefetch = useCallback(
    (section: { id: string; key: string; isLeaf: boolean }) => {
      // None throws; a failure is the section page's to show when it is opened.
      void queryClient.prefetchQuery({
        ...sectionQueryOptions(trpc, briefId, section.key),
        staleTime: SECTION_STALE_MS,
      });
      if (!section.isLeaf) return;
      void queryClient.prefetchInfiniteQuery(
        trpc.revisions.list.infiniteQueryOptions(
          { sectionId: section.id, limit: REVISIONS_PAGE_SIZE },
          revisionsPageParam,
        ),
      );
      // The review bar, so it comes with the text instead of pushing it down a moment later.
      void queryClient.prefetchQuery(trpc.review.section.queryOptions({ sectionId: section.id }));
    },
    [briefId, queryClient, trpc],
  );

  const open = useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      if (!onSectionPage || event.defaultPrevented || isModified(event)) return;
      const href = event.currentTarget.getAttribute("href");
      if (!href) return;
      event.preventDefault(); // Next's Link skips a click whose default is prevented
      if (href === window.location.pathname) return;
      window.history.pushState(null, "", href);
      window.scrollTo(0, 0);
    },
    [onSectionPage],
  );

  return { open, prefetch };
}

/**
 * What every link to a section inside the brief carries (the outline's rows, SectionLink): its
 * address, no router prefetch (the click opens in place), and `onHover` to fetch its data ahead.
 */
export const sectionLinkProps = (
  briefId: string,
  sectionKey: string,
  open: (event: MouseEvent<HTMLAnchorElement>) => void,
  onHover: () => void,
) => ({
  href: `/briefs/${briefId}/${sectionKey}`,
  prefetch: false as const,
  onClick: open,
  onPointerEnter: onHover,
});

/** A click meant for something else: a new tab or window, a download, or not the main button. */
const isModified = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button !== 0 ||
  event.metaKey ||
  event.ctrlKey ||
  event.shiftKey ||
  event.altKey ||
  (event.currentTarget.target !== "" && event.currentTarget.target !== "_self");
