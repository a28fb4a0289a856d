"use client";

import { Eye, EyeOff, MessageSquare, MessageSquarePlus, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { Button } from "@/components/ui/button.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import { Hint } from "@/components/ui/tooltip.tsx";
import { useModKey } from "@/hooks/use-mod-key.ts";
import { cn } from "@/lib/utils.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { excerpt } from "../lib/comments-format.ts";
import { orderThreads } from "../lib/comments-highlights.ts";
import { anchorOf } from "../lib/threads.ts";
import { CommentComposer } from "./comment-composer.tsx";
import { useComments } from "./comments-provider.tsx";
import { ThreadCard } from "./thread-card.tsx";

/**
 * The section's comment threads, in a panel on the right (not modal: the text stays usable
 * beside it). Resolved threads are hidden until "Show resolved (n)".
 */
export function CommentsPanel() {
  const ctx = useComments()!;
  const mod = useModKey();
  const panel = useRef<HTMLElement>(null);
  // Rendered into <body>: a landmark of its own beside <main>, not inside it.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const { threads, query, composer } = ctx;
  const resolvedCount = threads.filter((t) => t.status === "RESOLVED").length;
  const shown = orderThreads(threads.map((t) => ({ ...t, anchor: anchorOf(t) }))).filter(
    (t) => ctx.showResolved || t.status === "OPEN" || t.id === ctx.activeId,
  );
  const openCount = threads.length - resolvedCount;

  if (!ctx.panelOpen || !mounted) {
    return (
      <p role="status" className="sr-only">
        {ctx.announcement}
      </p>
    );
  }

  const close = () => {
    ctx.cancelComposer();
    ctx.setPanelOpen(false);
    document.getElementById("comments-toggle")?.focus();
  };

  return createPortal(
    <aside
      ref={panel}
      id="comments-panel"
      aria-label="Comments"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === "Escape" && !e.defaultPrevented) close();
      }}
      className="fixed top-12 right-0 bottom-0 z-30 flex w-[22rem] max-w-full animate-fade-in flex-col border-l border-neutral-200 bg-neutral-50/95 shadow-[-8px_0_24px_-16px_rgb(0_0_0/0.15)] backdrop-blur focus:outline-none supports-[backdrop-filter]:bg-neutral-50/85"
    >
      <header className="flex items-center gap-2 border-b border-neutral-200 px-4 py-2.5">
        <h2 className="flex-1 text-sm font-semibold text-neutral-900">
          Comments
          {openCount > 0 ? (
            <span className="ml-1.5 font-normal text-neutral-400 tabular-nums">{openCount} open</span>
          ) : null}
        </h2>
        {ctx.canComment ? (
          <Hint label="Comment on the whole section">
            <Button
              variant="ghost"
              size="icon-sm"
              aria-label="Comment on section"
              onClick={() => ctx.startComment("section")}
            >
              <MessageSquarePlus aria-hidden />
            </Button>
          </Hint>
        ) : null}
        <Button variant="ghost" size="icon-sm" aria-label="Close comments" onClick={close}>
          <X aria-hidden />
        </Button>
      </header>

      {resolvedCount > 0 ? (
        <div className="border-b border-neutral-200 px-4 py-1.5">
          <Button
            variant="ghost"
            size="sm"
            aria-pressed={ctx.showResolved}
            onClick={() => ctx.setShowResolved(!ctx.showResolved)}
            className="-ml-2 text-neutral-500"
          >
            {ctx.showResolved ? <EyeOff aria-hidden /> : <Eye aria-hidden />}
            {ctx.showResolved ? `Hide resolved (${resolvedCount})` : `Show resolved (${resolvedCount})`}
          </Button>
        </div>
      ) : null}

      <div className="flex-1 space-y-3 overflow-y-auto px-3 py-3">
        {composer ? (
          <section
            aria-label="New comment"
            className="rounded-lg border border-accent/30 bg-white p-3 shadow-sm ring-1 ring-accent/10"
          >
            {composer.kind === "range" ? (
              <blockquote className="mb-2 line-clamp-3 border-l-2 border-accent/50 pl-2 text-xs leading-5 text-neutral-600">
                {excerpt(composer.quote, 240)}
              </blockquote>
            ) : (
              <p className="mb-2 text-xs text-neutral-500">On the whole section</p>
            )}
            <CommentComposer
              briefId={ctx.briefId}
              meId={ctx.me.id}
              label="Comment"
              placeholder="Add a comment…"
              submitLabel="Comment"
              busyLabel="Posting…"
              autoFocus
              onCancel={ctx.cancelComposer}
              onSubmit={async (body, mentionUserIds) => {
                await ctx.submitThread(body, mentionUserIds);
              }}
            />
          </section>
        ) : null}

        {query.isPending ? (
          <div role="status" aria-label="Loading comments" className="space-y-3">
            {[0, 1].map((i) => (
              <Skeleton key={i} className="h-24 w-full bg-neutral-200/60" />
            ))}
          </div>
        ) : query.isError ? (
          <p role="alert" className="px-1 text-xs text-neutral-500">
            Couldn't load comments. {errorMessage(query.error)}{" "}
            <Button variant="link" size="sm" className="text-xs" onClick={() => void query.refetch()}>
              Try again
            </Button>
          </p>
        ) : shown.length === 0 && !composer ? (
          <div className="px-3 py-10 text-center">
            <MessageSquare aria-hidden className="mx-auto mb-3 size-5 text-neutral-300" />
            <p className="text-sm text-neutral-600">
              {resolvedCount > 0 ? "No open comments." : "No comments yet."}
            </p>
            {ctx.canComment ? (
              <p className="mt-1 text-xs leading-relaxed text-neutral-400">
                Select words in the text and choose Comment ({mod}+Alt+M), or comment on the whole section.
              </p>
            ) : (
              <p className="mt-1 text-xs leading-relaxed text-neutral-400">
                Reviewers and editors can comment here.
              </p>
            )}
          </div>
        ) : (
          <ul aria-label="Threads" className={cn("space-y-3")}>
            {shown.map((thread) => (
              <li key={thread.id}>
                <ThreadCard thread={threads.find((t) => t.id === thread.id)!} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <p role="status" className="sr-only">
        {ctx.announcement}
      </p>
    </aside>,
    document.body,
  );
}
