"use client";

import { Ban, Check, CornerUpLeft, MessageSquareWarning, PenLine, RotateCcw, Send } from "lucide-react";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { formatDay } from "../lib/format-day.ts";
import { useReviewEvents } from "../queries.ts";

type Event = NonNullable<ReturnType<typeof useReviewEvents>["data"]>[number];

const icons = {
  REQUESTED: Send,
  APPROVED: Check,
  CHANGES_REQUESTED: MessageSquareWarning,
  MARKED_NOT_APPLICABLE: Ban,
  RETURNED_TO_DRAFT: PenLine,
  REOPENED: RotateCcw,
} as const;

function sentence(e: Event): string {
  const rev = e.revision ? ` #${e.revision.number}` : "";
  switch (e.kind) {
    case "REQUESTED":
      return `asked ${e.reviewer?.name ?? "any reviewer"} to review${rev}${e.dueAt ? ` by ${formatDay(e.dueAt)}` : ""}`;
    case "APPROVED":
      return `approved${rev}`;
    case "CHANGES_REQUESTED":
      return `sent${rev} back`;
    case "MARKED_NOT_APPLICABLE":
      return "marked it not applicable";
    case "RETURNED_TO_DRAFT":
      return `edited it (${rev.trim()}): back to draft`;
    default:
      return "reopened it";
  }
}

/** The section's review trail, beside its revisions in the history panel. */
export function ReviewTrail({ sectionId }: { sectionId: string }) {
  const events = useReviewEvents(sectionId).data;
  if (!events || events.length === 0) return null;
  return (
    <section aria-label="Review trail" className="mt-6 border-t border-neutral-200 pt-4">
      <h2 className="mb-2 text-xs font-semibold text-neutral-800">Review</h2>
      <ol className="space-y-2.5">
        {events.map((e) => {
          const Icon = icons[e.kind] ?? CornerUpLeft;
          return (
            <li key={e.id} className="flex gap-2 text-xs leading-5 text-neutral-600">
              <Icon aria-hidden className="mt-1 size-3 shrink-0 text-neutral-400" />
              <div className="min-w-0">
                <span className="font-medium text-neutral-800">{e.actor.name}</span> {sentence(e)}{" "}
                <RelativeTime date={e.createdAt} className="text-neutral-400" />
                {e.note && e.kind !== "RETURNED_TO_DRAFT" ? (
                  <p className="mt-0.5 line-clamp-2 text-neutral-500">“{e.note}”</p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
