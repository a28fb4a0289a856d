"use client";

import { useSetAtom } from "jotai";
import { MoreHorizontal } from "lucide-react";
import { useState } from "react";
import { ErrorText } from "@/components/feedback/error-state.tsx";
import { Avatar } from "@/components/ui/avatar.tsx";
import { Button } from "@/components/ui/button.tsx";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuIconTrigger,
  DropdownMenuItem,
} from "@/components/ui/dropdown-menu.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { useMe } from "@/features/auth/index.ts";
import { errorMessage } from "@/trpc/errors.ts";
import type { ThreadComment } from "../lib/threads.ts";
import { useDeleteComment, useEditComment } from "../queries.ts";
import { announceAtom } from "../state.ts";
import { CommentBody } from "./comment-body.tsx";
import { CommentComposer } from "./comment-composer.tsx";

type Where = { briefId: string; sectionId: string };

/** One comment of a thread: who and when, its text, and (for its author) edit and delete. */
export function CommentItem({ comment, where }: { comment: ThreadComment; where: Where }) {
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const update = useEditComment(where);
  const own = comment.author.id === me.id && !comment.deleted;

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
          <CommentActions onEdit={() => setEditing(true)} onDelete={() => setConfirming(true)} />
        ) : null}
      </div>
      <div className="mt-1 pl-7">
        {comment.deleted ? (
          <p className="text-xs text-neutral-400 italic">comment deleted</p>
        ) : editing ? (
          <CommentComposer
            briefId={where.briefId}
            label="Edit comment"
            submitLabel="Save"
            autoFocus
            initialBody={comment.body}
            initialMentions={comment.mentions}
            onCancel={() => setEditing(false)}
            onSubmit={async (body, mentionUserIds) => {
              await update
                .mutateAsync({ commentId: comment.id, body, mentionUserIds })
                .catch((error: unknown) => {
                  throw new Error(errorMessage(error));
                });
              setEditing(false);
            }}
          />
        ) : (
          <CommentBody body={comment.body} mentions={comment.mentions} meId={me.id} />
        )}
        {confirming ? (
          <ConfirmDelete commentId={comment.id} where={where} onClose={() => setConfirming(false)} />
        ) : null}
      </div>
    </li>
  );
}

function CommentActions({ onEdit, onDelete }: { onEdit: () => void; onDelete: () => void }) {
  return (
    <DropdownMenu>
      <DropdownMenuIconTrigger
        label="Comment actions"
        className="size-6 text-neutral-400 opacity-0 group-hover/comment:opacity-100 focus-visible:opacity-100 data-[state=open]:opacity-100"
      >
        <MoreHorizontal aria-hidden />
      </DropdownMenuIconTrigger>
      <DropdownMenuContent align="end" className="min-w-32">
        <DropdownMenuItem onSelect={onEdit}>Edit</DropdownMenuItem>
        <DropdownMenuItem danger onSelect={onDelete}>
          Delete
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

function ConfirmDelete({
  commentId,
  where,
  onClose,
}: {
  commentId: string;
  where: Where;
  onClose: () => void;
}) {
  const remove = useDeleteComment(where);
  const announce = useSetAtom(announceAtom);
  const confirm = () =>
    remove.mutate(
      { commentId },
      {
        onSuccess: () => {
          onClose();
          announce("Comment deleted");
        },
      },
    );
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 rounded-md bg-danger-soft px-2 py-1.5 text-xs text-neutral-700">
      <span className="flex-1">Delete this comment?</span>
      <Button variant="ghost" size="sm" onClick={onClose} disabled={remove.isPending}>
        Cancel
      </Button>
      <Button variant="danger" size="sm" onClick={confirm} disabled={remove.isPending}>
        Delete comment
      </Button>
      {remove.isError ? <ErrorText error={remove.error} className="w-full" /> : null}
    </div>
  );
}
