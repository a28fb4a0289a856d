"use client";

import { Ban, Check, CircleDot, Clock, GitCompare, RotateCcw, Undo2 } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Hint } from "@/components/ui/tooltip.tsx";
import { openHistoryView } from "@/features/history/index.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { formatDay } from "../lib/format-day.ts";
import { useApproveSection, useMarkRead, useReopenSection, useSectionReview } from "../queries.ts";
import { NotApplicableDialog } from "./not-applicable-dialog.tsx";
import { RequestReviewDialog } from "./request-review-dialog.tsx";
import { SendBackDialog } from "./send-back-dialog.tsx";

type Review = NonNullable<ReturnType<typeof useSectionReview>["data"]>;

/**
 * The section header's review bar: where the section stands (a chip), the moves the reader may
 * make (each button only when it would work), and one-click diffs since the last approval and
 * since the reader's last visit. Opening a section records it as read.
 */
export function ReviewBar({ briefId, sectionId }: { briefId: string; sectionId: string }) {
  const query = useSectionReview(sectionId);
  const review = query.data;
  const lastRead = useLastReadOnArrival(briefId, review);
  const [error, setError] = useState<string | null>(null);
  const approve = useApproveSection();
  const reopen = useReopenSection();
  // As tall as the bar's usual single row, so its arrival doesn't move the editor.
  if (!review) return <div className="mt-3 h-7" />;
  const current = review.currentRevisionId;
  const busy = approve.isPending || reopen.isPending;
  const onError = (e: Parameters<typeof errorMessage>[0]) => setError(errorMessage(e));
  const { rights } = review;
  const anyAction =
    rights.request || rights.review || rights.reviewRefusal || rights.reopen || rights.markNotApplicable;

  return (
    <div className="mt-3 space-y-2">
      <fieldset aria-label="Review" className="flex flex-wrap items-center gap-1.5">
        <StatusChip review={review} />
        {anyAction ? <span className="mx-1 h-4 w-px bg-neutral-200" aria-hidden /> : null}
        {review.rights.request ? <RequestReviewDialog briefId={briefId} sectionId={sectionId} /> : null}
        {review.rights.review && current ? (
          <>
            <Button
              size="sm"
              disabled={busy}
              onClick={() => {
                setError(null);
                approve.mutate({ sectionId, revisionId: current }, { onError });
              }}
            >
              <Check aria-hidden />
              Approve
            </Button>
            <SendBackDialog sectionId={sectionId} />
          </>
        ) : null}
        {review.rights.reviewRefusal ? (
          <Hint label={review.rights.reviewRefusal}>
            {/* aria-disabled, not disabled: a disabled button gets no hover or focus, so no hint. */}
            <Button size="sm" variant="secondary" aria-disabled className="cursor-not-allowed opacity-50">
              <Check aria-hidden />
              Approve
            </Button>
          </Hint>
        ) : null}
        {review.rights.reopen ? (
          <Button
            size="sm"
            variant="ghost"
            disabled={busy}
            onClick={() => {
              setError(null);
              reopen.mutate({ sectionId }, { onError });
            }}
          >
            {review.status === "IN_REVIEW" ? <Undo2 aria-hidden /> : <RotateCcw aria-hidden />}
            {review.status === "IN_REVIEW" ? "Withdraw request" : "Reopen"}
          </Button>
        ) : null}
        {review.approvedRevision && current && review.approvedRevision.id !== current ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={() =>
              openHistoryView({ kind: "compare", fromId: review.approvedRevision?.id ?? null, toId: current })
            }
          >
            <GitCompare aria-hidden />
            Changes since approved
          </Button>
        ) : null}
        {lastRead && current && lastRead !== current ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => openHistoryView({ kind: "compare", fromId: lastRead, toId: current })}
          >
            <GitCompare aria-hidden />
            Changes since you last read
          </Button>
        ) : null}
        {review.rights.markNotApplicable ? (
          <span className="ml-auto">
            <NotApplicableDialog sectionId={sectionId} />
          </span>
        ) : null}
      </fieldset>
      {review.status === "NOT_APPLICABLE" && review.notApplicableReason ? (
        <p className="text-xs text-neutral-500">
          Not applicable: <span className="text-neutral-700">{review.notApplicableReason}</span>
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function StatusChip({ review }: { review: Review }) {
  switch (review.status) {
    case "IN_REVIEW":
      return (
        <Badge tone={review.overdue ? "danger" : "warning"} data-testid="review-status">
          <CircleDot aria-hidden className="size-3" />
          In review · {review.reviewer?.name ?? "any reviewer"}
          {review.reviewDueAt
            ? ` · ${review.overdue ? "overdue since" : "due"} ${formatDay(review.reviewDueAt)}`
            : ""}
        </Badge>
      );
    case "APPROVED":
      return (
        <Badge tone="success" data-testid="review-status">
          <Check aria-hidden className="size-3" />
          Approved{review.approvedBy ? ` by ${review.approvedBy.name}` : ""}
          {review.reviewedAt ? ` · ${formatDay(review.reviewedAt)}` : ""}
        </Badge>
      );
    case "NOT_APPLICABLE":
      return (
        <Badge tone="outline" data-testid="review-status">
          <Ban aria-hidden className="size-3" />
          Not applicable
        </Badge>
      );
    default:
      return (
        <Badge tone="neutral" data-testid="review-status">
          {review.approvedRevision ? <Clock aria-hidden className="size-3" /> : null}
          Draft{review.approvedRevision ? " · edited since approval" : ""}
        </Badge>
      );
  }
}

/**
 * The revision the reader had last opened, as it was when they arrived (kept for this visit so
 * "changes since you last read" stays on offer), and records the current one as read.
 */
function useLastReadOnArrival(briefId: string, review: Review | undefined): string | null {
  const markRead = useMarkRead(briefId);
  const [arrival, setArrival] = useState<string | null | undefined>(undefined);
  const marked = useRef<string | null>(null);
  if (review && arrival === undefined) setArrival(review.lastReadRevisionId);
  const current = review?.currentRevisionId ?? null;
  const sectionId = review?.sectionId;
  const alreadyRead = review?.lastReadRevisionId;
  const { mutate } = markRead;
  useEffect(() => {
    if (!sectionId || !current || marked.current === current) return;
    marked.current = current;
    // Opened before at this very revision: nothing to record (one request fewer per section opened).
    if (alreadyRead !== current) mutate({ sectionId, revisionId: current });
  }, [sectionId, current, alreadyRead, mutate]);
  return arrival ?? null;
}
