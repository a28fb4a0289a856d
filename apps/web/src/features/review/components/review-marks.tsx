"use client";

import { Clock } from "lucide-react";
import { useBriefReview } from "../queries.ts";

/**
 * An outline row's review marks: a blue dot when someone changed the section since the reader
 * last opened it (opening it shows "changes since you last read"), a clock when it is stale by
 * its freshness policy.
 */
export function ReviewMarks({ briefId, sectionId }: { briefId: string; sectionId: string }) {
  const review = useBriefReview(briefId).data;
  if (!review) return null;
  const unread = review.unreadSectionIds.includes(sectionId);
  const stale = review.staleSectionIds.includes(sectionId);
  return (
    <>
      {unread ? (
        <span title="Changed since you last read it" className="mt-1.5 shrink-0" data-testid="unread-mark">
          <span aria-hidden className="block size-1.5 rounded-full bg-accent" />
          <span className="sr-only">, changed since you last read it</span>
        </span>
      ) : null}
      {stale ? (
        <span
          title="Stale: not approved within its freshness policy"
          className="mt-0.5 shrink-0 text-amber-600"
          data-testid="stale-mark"
        >
          <Clock aria-hidden className="size-3.5" />
          <span className="sr-only">, stale</span>
        </span>
      ) : null}
    </>
  );
}
