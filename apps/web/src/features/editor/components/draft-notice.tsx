"use client";

import { GitMerge, History, X } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { formatClock } from "@/lib/relative-time.ts";
import type { DraftNoticeState } from "../hooks/use-local-draft.ts";

export function DraftNotice({
  notice,
  onRestore,
  onDiscard,
  onDismiss,
}: {
  notice: DraftNoticeState;
  onRestore: () => void;
  onDiscard: () => void;
  onDismiss: () => void;
}) {
  const when = <RelativeTime date={new Date(notice.savedAt)} />;
  if (notice.kind === "restored") {
    return (
      <div className="mb-6 flex items-center gap-3 rounded-lg border border-neutral-200 bg-neutral-50 px-4 py-2.5 text-sm text-neutral-600">
        <History aria-hidden className="size-4 shrink-0 text-neutral-400" />
        <p className="flex-1">Restored text you hadn't saved ({when}).</p>
        <Button variant="ghost" size="icon-sm" aria-label="Dismiss" onClick={onDismiss}>
          <X aria-hidden />
        </Button>
      </div>
    );
  }
  return (
    <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-amber-200 bg-warning-soft px-4 py-3 text-sm text-neutral-700">
      <History aria-hidden className="size-4 shrink-0 text-warning" />
      <p className="min-w-0 flex-1">
        You have unsaved changes from{" "}
        <time dateTime={new Date(notice.savedAt).toISOString()} suppressHydrationWarning>
          {formatClock(new Date(notice.savedAt))}
        </time>
        {notice.kind === "stale" ? (
          <span className="text-neutral-500">
            {" "}
            — written on an earlier version; restoring merges them with what was saved since.
          </span>
        ) : null}
      </p>
      <div className="flex gap-2">
        <Button variant="secondary" size="sm" onClick={onRestore}>
          Restore
        </Button>
        <Button variant="ghost" size="sm" onClick={onDiscard}>
          Discard
        </Button>
      </div>
    </div>
  );
}

/** Someone saved while this person was editing and the server combined both: say so, quietly. */
export function MergeNotice({ number, onDismiss }: { number: number; onDismiss: () => void }) {
  return (
    <div className="mb-6 flex items-center gap-3 rounded-lg border border-neutral-200 bg-neutral-50 px-4 py-2.5 text-sm text-neutral-600">
      <GitMerge aria-hidden className="size-4 shrink-0 text-neutral-400" />
      <p className="flex-1">
        Your changes were merged with revision #{number}, saved by someone else meanwhile.
      </p>
      <Button variant="ghost" size="icon-sm" aria-label="Dismiss" onClick={onDismiss}>
        <X aria-hidden />
      </Button>
    </div>
  );
}
