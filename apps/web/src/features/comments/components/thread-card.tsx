"use client";

import { useAtomValue, useSetAtom } from "jotai";
import { Check, Loader2, RotateCcw, Unlink } from "lucide-react";
import type { MouseEvent } from "react";
import { ErrorText } from "@/components/feedback/error-state.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { Hint } from "@/components/ui/tooltip.tsx";
import { useMe } from "@/features/auth/index.ts";
import { excerpt } from "@/lib/text.ts";
import { cn } from "@/lib/utils.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { quoteOf, type Thread } from "../lib/threads.ts";
import { useReply, useSetThreadStatus } from "../queries.ts";
import {
  activateThreadAtom,
  announceAtom,
  hoveredThreadAtom,
  showResolvedAtom,
  useActiveThread,
} from "../state.ts";
import { CommentComposer } from "./comment-composer.tsx";
import { CommentItem } from "./comment-item.tsx";

type Where = { briefId: string; sectionId: string };

/** How a thread is named to assistive tech (and tests): by the words it is about. */
export function threadLabel(thread: Pick<Thread, "anchor" | "originalQuote" | "detached">): string {
  const quote = quoteOf(thread);
  return quote ? `Comment thread on “${excerpt(quote, 60)}”` : "Comment thread on the whole section";
}

/** One thread in the section's comments panel: its quote, comments, reply box and resolve button. */
export function ThreadCard({
  thread,
  where,
  canComment,
  canModerate,
}: {
  thread: Thread;
  where: Where;
  canComment: boolean;
  canModerate: boolean;
}) {
  const me = useMe();
  const active = useActiveThread() === thread.id;
  const activate = useSetAtom(activateThreadAtom);
  const setHover = useSetAtom(hoveredThreadAtom);
  const resolved = thread.status === "RESOLVED";

  function onCardClick(event: MouseEvent) {
    const target = event.target as HTMLElement;
    // Using a control inside the card selects it; clicking the card itself also shows its words.
    const onControl = target.closest("button, a, textarea, input, [role=menu], [role=listbox]");
    activate(thread.id, { scrollEditor: !onControl });
  }

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the card's controls are keyboard-reachable; this only mirrors them for the pointer
    <article
      id={`thread-${thread.id}`}
      aria-label={threadLabel(thread)}
      aria-current={active ? "true" : undefined}
      onClick={onCardClick}
      onMouseEnter={() => setHover(thread.id)}
      onMouseLeave={() => setHover(null)}
      onFocus={() => setHover(thread.id)}
      onBlur={() => setHover(null)}
      className={cn(
        "group/thread scroll-m-4 rounded-lg border bg-white p-3 transition-shadow",
        active
          ? "border-amber-300 shadow-md ring-1 ring-amber-200"
          : "border-neutral-200 shadow-xs hover:border-neutral-300",
        resolved && !active && "bg-neutral-50/80",
      )}
    >
      <ThreadHead thread={thread} where={where} mayModerate={canModerate || thread.author.id === me.id} />
      <ol className="space-y-3">
        {thread.comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} where={where} />
        ))}
      </ol>
      {resolved && thread.resolvedBy ? (
        <p className="mt-3 text-[11px] text-neutral-400">
          Resolved by {thread.resolvedBy.name}
          {thread.resolvedAt ? (
            <>
              {" "}
              · <RelativeTime date={thread.resolvedAt} />
            </>
          ) : null}
        </p>
      ) : null}
      {canComment ? <ReplyBox thread={thread} where={where} /> : null}
    </article>
  );
}

/** The quote (or "On the whole section"), its badges, and the resolve / reopen button. */
function ThreadHead({ thread, where, mayModerate }: { thread: Thread; where: Where; mayModerate: boolean }) {
  const showResolved = useAtomValue(showResolvedAtom);
  const activate = useSetAtom(activateThreadAtom);
  const announce = useSetAtom(announceAtom);
  const setStatus = useSetThreadStatus(where);
  const resolved = thread.status === "RESOLVED";
  const quote = quoteOf(thread);
  const toggle = () =>
    setStatus.mutate(
      { threadId: thread.id, status: resolved ? "OPEN" : "RESOLVED" },
      {
        onSuccess: (result) => {
          announce(result.status === "RESOLVED" ? "Thread resolved" : "Thread reopened");
          if (result.status === "RESOLVED" && !showResolved) activate(null);
        },
      },
    );
  return (
    <>
      <div className="mb-2 flex items-start gap-2">
        <div className="min-w-0 flex-1">
          {quote ? (
            <blockquote
              className={cn(
                "line-clamp-2 border-l-2 pl-2 text-xs leading-5",
                thread.detached
                  ? "border-neutral-300 text-neutral-400 line-through decoration-neutral-300"
                  : "border-amber-300 text-neutral-600",
              )}
            >
              {quote}
            </blockquote>
          ) : (
            <p className="text-xs text-neutral-500">On the whole section</p>
          )}
          {thread.detached || resolved ? (
            <ThreadBadges detached={thread.detached} resolved={resolved} />
          ) : null}
        </div>
        {mayModerate ? (
          <Hint label={resolved ? "Reopen" : "Resolve"}>
            <Button
              variant="ghost"
              size="icon-sm"
              aria-label={resolved ? "Reopen thread" : "Resolve thread"}
              disabled={setStatus.isPending}
              onClick={toggle}
              className={cn("-mt-1 -mr-1", !resolved && "text-neutral-400 hover:text-success")}
            >
              {setStatus.isPending ? (
                <Loader2 aria-hidden className="animate-spin" />
              ) : resolved ? (
                <RotateCcw aria-hidden />
              ) : (
                <Check aria-hidden />
              )}
            </Button>
          </Hint>
        ) : null}
      </div>
      {setStatus.isError ? <ErrorText error={setStatus.error} className="mb-2 text-xs" /> : null}
    </>
  );
}

function ThreadBadges({ detached, resolved }: { detached: boolean; resolved: boolean }) {
  return (
    <div className="mt-1.5 flex flex-wrap gap-1.5">
      {detached ? (
        <Hint label="The words this thread was about were deleted">
          <Badge tone="outline" tabIndex={0}>
            <Unlink aria-hidden className="size-3" />
            Detached
          </Badge>
        </Hint>
      ) : null}
      {resolved ? (
        <Badge tone="success">
          <Check aria-hidden className="size-3" />
          Resolved
        </Badge>
      ) : null}
    </div>
  );
}

/** "Reply…" under a thread (a reply reopens a resolved thread, so it says so). */
function ReplyBox({ thread, where }: { thread: Thread; where: Where }) {
  const reply = useReply(where);
  const announce = useSetAtom(announceAtom);
  return (
    <div className="mt-3">
      <CommentComposer
        briefId={where.briefId}
        label="Reply"
        placeholder={thread.status === "RESOLVED" ? "Reply to reopen…" : "Reply…"}
        submitLabel="Reply"
        compact
        onSubmit={async (body, mentionUserIds) => {
          await reply.mutateAsync({ threadId: thread.id, body, mentionUserIds }).catch((error: unknown) => {
            throw new Error(errorMessage(error));
          });
          announce("Reply added");
        }}
      />
    </div>
  );
}
