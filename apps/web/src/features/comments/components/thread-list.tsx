"use client";

import { useAtomValue } from "jotai";
import { MessageSquare } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { SkeletonList } from "@/components/ui/skeleton.tsx";
import { useModKey } from "@/hooks/use-mod-key.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { orderThreads } from "../lib/comments-highlights.ts";
import { anchorOf } from "../lib/threads.ts";
import { useSectionThreads } from "../queries.ts";
import { showResolvedAtom, useActiveThread } from "../state.ts";
import { ThreadCard } from "./thread-card.tsx";

/** The panel's threads in reading order (resolved ones only when shown, or being read). */
export function ThreadList({
  briefId,
  sectionId,
  composing,
}: {
  briefId: string;
  sectionId: string;
  composing: boolean;
}) {
  const mod = useModKey();
  const query = useSectionThreads(sectionId);
  const showResolved = useAtomValue(showResolvedAtom);
  const activeId = useActiveThread();
  if (query.isPending) {
    return (
      <SkeletonList
        label="Loading comments"
        count={2}
        className="space-y-3"
        itemClassName="h-24 w-full bg-neutral-200/60"
      />
    );
  }
  if (query.isError) {
    return (
      <p role="alert" className="px-1 text-xs text-neutral-500">
        Couldn't load comments. {errorMessage(query.error)}{" "}
        <Button variant="link" size="sm" className="text-xs" onClick={() => void query.refetch()}>
          Try again
        </Button>
      </p>
    );
  }
  const { threads, canComment, canModerate } = query.data;
  const shown = orderThreads(threads.map((t) => ({ ...t, anchor: anchorOf(t) }))).filter(
    (t) => showResolved || t.status === "OPEN" || t.id === activeId,
  );
  if (shown.length === 0 && !composing) {
    const resolvedCount = threads.filter((t) => t.status === "RESOLVED").length;
    return (
      <div className="px-3 py-10 text-center">
        <MessageSquare aria-hidden className="mx-auto mb-3 size-5 text-neutral-300" />
        <p className="text-sm text-neutral-600">
          {resolvedCount > 0 ? "No open comments." : "No comments yet."}
        </p>
        <p className="mt-1 text-xs leading-relaxed text-neutral-400">
          {canComment
            ? `Select words in the text and choose Comment (${mod}+Alt+M), or comment on the whole section.`
            : "Reviewers and editors can comment here."}
        </p>
      </div>
    );
  }
  const byId = new Map(threads.map((t) => [t.id, t]));
  return (
    <ul aria-label="Threads" className="space-y-3">
      {shown.map(({ id }) => {
        const thread = byId.get(id);
        return thread ? (
          <li key={id}>
            <ThreadCard
              thread={thread}
              where={{ briefId, sectionId }}
              canComment={canComment}
              canModerate={canModerate}
            />
          </li>
        ) : null;
      })}
    </ul>
  );
}
