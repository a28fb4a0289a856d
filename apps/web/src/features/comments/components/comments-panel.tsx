"use client";

import { useAtom, useAtomValue, useSetAtom } from "jotai";
import { Eye, EyeOff, MessageSquarePlus, X } from "lucide-react";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { Button } from "@/components/ui/button.tsx";
import { Hint } from "@/components/ui/tooltip.tsx";
import { excerpt } from "@/lib/text.ts";
import type { useNewThread } from "../hooks/use-new-thread.ts";
import { useSectionThreads } from "../queries.ts";
import { announcementAtom, closePanelAtom, panelOpenAtom, showResolvedAtom } from "../state.ts";
import { CommentComposer } from "./comment-composer.tsx";
import { ThreadList } from "./thread-list.tsx";

type NewThread = ReturnType<typeof useNewThread>;

/**
 * The section's comment threads, in a panel on the right (not modal: the text stays usable
 * beside it). Resolved threads are hidden until "Show resolved (n)".
 */
export function CommentsPanel({
  briefId,
  sectionId,
  newThread,
}: {
  briefId: string;
  sectionId: string;
  newThread: NewThread;
}) {
  const panelOpen = useAtomValue(panelOpenAtom);
  const closePanel = useSetAtom(closePanelAtom);
  const announcement = useAtomValue(announcementAtom);
  const query = useSectionThreads(sectionId);
  const canComment = query.data?.canComment ?? false;
  // Rendered into <body>: a landmark of its own beside <main>, not inside it.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const status = (
    <p role="status" className="sr-only">
      {announcement}
    </p>
  );
  if (!panelOpen || !mounted) return status;

  const close = () => {
    newThread.cancel();
    closePanel();
    document.getElementById("comments-toggle")?.focus();
  };

  return createPortal(
    <aside
      id="comments-panel"
      aria-label="Comments"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== "Escape" || e.defaultPrevented) return;
        // Handled: the comparison or revision underneath (history-stage.tsx) stays open.
        e.preventDefault();
        close();
      }}
      className="fixed top-12 right-0 bottom-0 z-30 flex w-[22rem] max-w-full animate-fade-in flex-col border-l border-neutral-200 bg-neutral-50 shadow-[-8px_0_24px_-16px_rgb(0_0_0/0.15)] focus:outline-none"
    >
      <PanelHeader
        threads={query.data?.threads ?? []}
        canComment={canComment}
        onCommentOnSection={() => newThread.start("section")}
        onClose={close}
      />
      <div className="flex-1 space-y-3 overflow-y-auto px-3 py-3">
        {newThread.composer ? (
          <NewComment
            briefId={briefId}
            quote={newThread.composer.kind === "range" ? newThread.composer.quote : null}
            onCancel={newThread.cancel}
            onSubmit={newThread.submit}
          />
        ) : null}
        <ThreadList briefId={briefId} sectionId={sectionId} composing={newThread.composer !== null} />
      </div>
      {status}
    </aside>,
    document.body,
  );
}

function PanelHeader({
  threads,
  canComment,
  onCommentOnSection,
  onClose,
}: {
  threads: readonly { status: string }[];
  canComment: boolean;
  onCommentOnSection: () => void;
  onClose: () => void;
}) {
  const [showResolved, setShowResolved] = useAtom(showResolvedAtom);
  const resolvedCount = threads.filter((t) => t.status === "RESOLVED").length;
  const openCount = threads.length - resolvedCount;
  return (
    <>
      <header className="flex items-center gap-2 border-b border-neutral-200 px-4 py-2.5">
        <h2 className="flex-1 text-sm font-semibold text-neutral-900">
          Comments
          {openCount > 0 ? (
            <span className="ml-1.5 font-normal text-neutral-400 tabular-nums">{openCount} open</span>
          ) : null}
        </h2>
        {canComment ? (
          <Hint label="Comment on the whole section">
            <Button
              variant="ghost"
              size="icon-sm"
              aria-label="Comment on section"
              onClick={onCommentOnSection}
            >
              <MessageSquarePlus aria-hidden />
            </Button>
          </Hint>
        ) : null}
        <Button variant="ghost" size="icon-sm" aria-label="Close comments" onClick={onClose}>
          <X aria-hidden />
        </Button>
      </header>
      {resolvedCount > 0 ? (
        <div className="border-b border-neutral-200 px-4 py-1.5">
          <Button
            variant="ghost"
            size="sm"
            aria-pressed={showResolved}
            onClick={() => setShowResolved(!showResolved)}
            className="-ml-2 text-neutral-500"
          >
            {showResolved ? <EyeOff aria-hidden /> : <Eye aria-hidden />}
            {showResolved ? `Hide resolved (${resolvedCount})` : `Show resolved (${resolvedCount})`}
          </Button>
        </div>
      ) : null}
    </>
  );
}

function NewComment({
  briefId,
  quote,
  onCancel,
  onSubmit,
}: {
  briefId: string;
  quote: string | null;
  onCancel: () => void;
  onSubmit: (body: string, mentionUserIds: string[]) => Promise<void>;
}) {
  return (
    <section
      aria-label="New comment"
      className="rounded-lg border border-accent/30 bg-white p-3 shadow-sm ring-1 ring-accent/10"
    >
      {quote !== null ? (
        <blockquote className="mb-2 line-clamp-3 border-l-2 border-accent/50 pl-2 text-xs leading-5 text-neutral-600">
          {excerpt(quote, 240)}
        </blockquote>
      ) : (
        <p className="mb-2 text-xs text-neutral-500">On the whole section</p>
      )}
      <CommentComposer
        briefId={briefId}
        label="Comment"
        placeholder="Add a comment…"
        submitLabel="Comment"
        busyLabel="Posting…"
        autoFocus
        onCancel={onCancel}
        onSubmit={onSubmit}
      />
    </section>
  );
}
