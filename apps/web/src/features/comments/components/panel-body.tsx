"use client";

import { excerpt } from "@/lib/text.ts";
import type { useNewThread } from "../hooks/use-new-thread.ts";
import { CommentComposer } from "./comment-composer.tsx";
import { ThreadList } from "./thread-list.tsx";

/**
 * The open panel's content (comments-panel.tsx loads it apart): a new comment being written, then
 * the threads.
 */
export function PanelBody({
  briefId,
  sectionId,
  newThread,
}: {
  briefId: string;
  sectionId: string;
  newThread: ReturnType<typeof useNewThread>;
}) {
  return (
    <>
      {newThread.composer ? (
        <NewComment
          briefId={briefId}
          quote={newThread.composer.kind === "range" ? newThread.composer.quote : null}
          onCancel={newThread.cancel}
          onSubmit={newThread.submit}
        />
      ) : null}
      <ThreadList briefId={briefId} sectionId={sectionId} composing={newThread.composer !== null} />
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
