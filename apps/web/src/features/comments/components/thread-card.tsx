"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Check, Loader2, MoreHorizontal, RotateCcw, Unlink } from "lucide-react";
import { type MouseEvent, useState } from "react";
import { Avatar } from "@/components/ui/avatar.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { Hint } from "@/components/ui/tooltip.tsx";
import { cn } from "@/lib/utils.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useTRPC } from "@/trpc/react.tsx";
import { excerpt } from "../lib/comments-format.ts";
import { quoteOf, type Thread, type ThreadComment } from "../lib/threads.ts";
import { CommentBody } from "./comment-body.tsx";
import { CommentComposer } from "./comment-composer.tsx";
import { useComments } from "./comments-provider.tsx";

/** How a thread is named to assistive tech (and tests): by the words it is about. */
export function threadLabel(thread: Pick<Thread, "anchor" | "originalQuote" | "detached">): string {
  const quote = quoteOf(thread);
  return quote ? `Comment thread on “${excerpt(quote, 60)}”` : "Comment thread on the whole section";
}

/** One thread in the section's comments panel: its quote, comments, reply box and resolve button. */
export function ThreadCard({ thread }: { thread: Thread }) {
  const ctx = useComments()!;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { me, briefId, sectionId } = ctx;
  const active = ctx.activeId === thread.id;
  const resolved = thread.status === "RESOLVED";
  const quote = quoteOf(thread);
  const mayModerate = ctx.canModerate || thread.author.id === me.id;

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.comments.listForSection.queryKey({ sectionId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.briefs.get.queryKey({ briefId }) }),
    ]);

  const setStatus = useMutation(
    trpc.comments.setStatus.mutationOptions({
      onSuccess: async (result) => {
        await refresh();
        ctx.announce(result.status === "RESOLVED" ? "Thread resolved" : "Thread reopened");
        if (result.status === "RESOLVED" && !ctx.showResolved) ctx.activate(null);
      },
    }),
  );
  const reply = useMutation(trpc.comments.reply.mutationOptions({ onSuccess: () => refresh() }));

  function onCardClick(event: MouseEvent) {
    const target = event.target as HTMLElement;
    // Using a control inside the card selects it; clicking the card itself also shows its words.
    const onControl = target.closest("button, a, textarea, input, [role=menu], [role=listbox]");
    ctx.activate(thread.id, { scrollEditor: !onControl });
  }

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the card's controls are keyboard-reachable; this only mirrors them for the pointer
    <article
      id={`thread-${thread.id}`}
      aria-label={threadLabel(thread)}
      aria-current={active ? "true" : undefined}
      onClick={onCardClick}
      onMouseEnter={() => ctx.setHoverId(thread.id)}
      onMouseLeave={() => ctx.setHoverId(null)}
      onFocus={() => ctx.setHoverId(thread.id)}
      onBlur={() => ctx.setHoverId(null)}
      className={cn(
        "group/thread scroll-m-4 rounded-lg border bg-white p-3 transition-shadow",
        active
          ? "border-amber-300 shadow-md ring-1 ring-amber-200"
          : "border-neutral-200 shadow-xs hover:border-neutral-300",
        resolved && !active && "bg-neutral-50/80",
      )}
    >
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
            <div className="mt-1.5 flex flex-wrap gap-1.5">
              {thread.detached ? (
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
          ) : null}
        </div>
        {mayModerate ? (
          <Hint label={resolved ? "Reopen" : "Resolve"}>
            <Button
              variant="ghost"
              size="icon-sm"
              aria-label={resolved ? "Reopen thread" : "Resolve thread"}
              disabled={setStatus.isPending}
              onClick={() =>
                setStatus.mutate({ threadId: thread.id, status: resolved ? "OPEN" : "RESOLVED" })
              }
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
      {setStatus.isError ? (
        <p role="alert" className="mb-2 text-xs text-danger">
          {errorMessage(setStatus.error)}
        </p>
      ) : null}

      <ol className="space-y-3">
        {thread.comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} onChanged={refresh} />
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

      {ctx.canComment ? (
        <div className="mt-3">
          <CommentComposer
            briefId={briefId}
            meId={me.id}
            label="Reply"
            placeholder={resolved ? "Reply to reopen…" : "Reply…"}
            submitLabel="Reply"
            compact
            onSubmit={async (body, mentionUserIds) => {
              try {
                await reply.mutateAsync({ threadId: thread.id, body, mentionUserIds });
              } catch (error) {
                throw new Error(errorMessage(error));
              }
              ctx.announce("Reply added");
            }}
          />
        </div>
      ) : null}
    </article>
  );
}

function CommentItem({ comment, onChanged }: { comment: ThreadComment; onChanged: () => Promise<unknown> }) {
  const ctx = useComments()!;
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const own = comment.author.id === ctx.me.id && !comment.deleted;
  const update = useMutation(trpc.comments.update.mutationOptions({ onSuccess: () => onChanged() }));
  const remove = useMutation(
    trpc.comments.delete.mutationOptions({
      onSuccess: async () => {
        await onChanged();
        setConfirming(false);
        ctx.announce("Comment deleted");
      },
    }),
  );

  return (
    <li className="group/comment">
      <div className="flex items-center gap-2">
        <Avatar user={comment.author} size="sm" />
        <p className="min-w-0 flex-1 truncate text-xs">
          <span className="font-medium text-neutral-900">{comment.author.name}</span>{" "}
          <span className="text-neutral-400">
            <RelativeTime date={comment.createdAt} />
            {comment.editedAt && !comment.deleted ? " · edited" : null}
          </span>
        </p>
        {own && !editing ? (
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button
                variant="ghost"
                size="icon-sm"
                aria-label="Comment actions"
                className="size-6 text-neutral-400 opacity-0 group-hover/comment:opacity-100 focus-visible:opacity-100 data-[state=open]:opacity-100"
              >
                <MoreHorizontal aria-hidden />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="end" className="min-w-32">
              <DropdownMenuItem onSelect={() => setEditing(true)}>Edit</DropdownMenuItem>
              <DropdownMenuItem
                className="text-danger data-highlighted:text-danger"
                onSelect={() => setConfirming(true)}
              >
                Delete
              </DropdownMenuItem>
            </DropdownMenuContent>
          </DropdownMenu>
        ) : null}
      </div>
      <div className="mt-1 pl-7">
        {comment.deleted ? (
          <p className="text-xs text-neutral-400 italic">comment deleted</p>
        ) : editing ? (
          <CommentComposer
            briefId={ctx.briefId}
            meId={ctx.me.id}
            label="Edit comment"
            submitLabel="Save"
            autoFocus
            initialBody={comment.body}
            initialMentions={comment.mentions}
            onCancel={() => setEditing(false)}
            onSubmit={async (body, mentionUserIds) => {
              try {
                await update.mutateAsync({ commentId: comment.id, body, mentionUserIds });
              } catch (error) {
                throw new Error(errorMessage(error));
              }
              setEditing(false);
            }}
          />
        ) : (
          <CommentBody body={comment.body} mentions={comment.mentions} meId={ctx.me.id} />
        )}
        {confirming ? (
          <div className="mt-2 flex flex-wrap items-center gap-2 rounded-md bg-danger-soft px-2 py-1.5 text-xs text-neutral-700">
            <span className="flex-1">Delete this comment?</span>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => setConfirming(false)}
              disabled={remove.isPending}
            >
              Cancel
            </Button>
            <Button
              variant="danger"
              size="sm"
              onClick={() => remove.mutate({ commentId: comment.id })}
              disabled={remove.isPending}
            >
              Delete comment
            </Button>
            {remove.isError ? (
              <p role="alert" className="w-full text-danger">
                {errorMessage(remove.error)}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </li>
  );
}
