"use client";

import { Check, Loader2, MessageSquare, Unlink } from "lucide-react";
import { type ReactNode, useId, useState } from "react";
import { QueryError } from "@/components/feedback/error-state.tsx";
import { Avatar } from "@/components/ui/avatar.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Link } from "@/components/ui/link.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { Select } from "@/components/ui/select.tsx";
import { SkeletonList } from "@/components/ui/skeleton.tsx";
import { useMe } from "@/features/auth/index.ts";
import { useBrief } from "@/features/briefs/index.ts";
import { useBriefMembers } from "@/features/members/index.ts";
import { plural } from "@/lib/labels.ts";
import { threadHref } from "@/lib/section-url.ts";
import { excerpt } from "@/lib/text.ts";
import { cn } from "@/lib/utils.ts";
import { type BriefThread, quoteOf } from "../lib/threads.ts";
import { useBriefThreads } from "../queries.ts";
import { CommentBody } from "./comment-body.tsx";

type Status = "OPEN" | "RESOLVED" | "ALL";

/**
 * Every thread of the brief in one place (open ones by default), newest activity first, with
 * filters by section, author, "Mentions me" and status. Live: the brief's event stream refetches
 * the list when a thread changes anywhere in the brief.
 */
export function BriefComments({ briefId }: { briefId: string }) {
  const me = useMe();
  const [sectionId, setSectionId] = useState("");
  const [authorId, setAuthorId] = useState("");
  const [mentionsMe, setMentionsMe] = useState(false);
  const [status, setStatus] = useState<Status>("OPEN");

  const brief = useBrief(briefId);
  const members = useBriefMembers(briefId);
  const threads = useBriefThreads({
    briefId,
    sectionId: sectionId || undefined,
    authorId: authorId || undefined,
    mentionsMe,
    status,
  });

  const leaves = (brief.data?.sections ?? []).filter((s) => s.isLeaf);
  const totalOpen = leaves.reduce((sum, s) => sum + s.openThreads, 0);
  const filtered = Boolean(sectionId || authorId || mentionsMe || status !== "OPEN");

  return (
    <div className="px-6 pt-8 pb-16 lg:px-12">
      <div className="mx-auto max-w-3xl">
        <header className="mb-6">
          <h1 className="text-2xl font-semibold tracking-tight text-neutral-900">Comments</h1>
          <p className="mt-1 text-sm text-neutral-500">
            {brief.data ? `${brief.data.country} · ${plural(totalOpen, "open thread")}` : "\u00a0"}
          </p>
        </header>

        <fieldset className="mb-6 flex flex-wrap items-end gap-x-4 gap-y-3 border-b border-neutral-200 pb-4">
          <legend className="sr-only">Filter comments</legend>
          <FilterSelect label="Section" value={sectionId} onChange={setSectionId}>
            <option value="">All sections</option>
            {leaves.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
                {s.openThreads > 0 ? ` (${s.openThreads})` : ""}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect label="Author" value={authorId} onChange={setAuthorId}>
            <option value="">Anyone</option>
            {(members.data ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.id === me.id ? `${m.name} (you)` : m.name}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect label="Status" value={status} onChange={(v) => setStatus(v as Status)}>
            <option value="OPEN">Open</option>
            <option value="RESOLVED">Resolved</option>
            <option value="ALL">All</option>
          </FilterSelect>
          <label className="flex h-8 items-center gap-2 text-sm text-neutral-700 select-none">
            <input
              type="checkbox"
              checked={mentionsMe}
              onChange={(e) => setMentionsMe(e.target.checked)}
              className="size-4 rounded border-neutral-300 accent-[var(--color-accent)]"
            />
            Mentions me
          </label>
          {threads.isFetching && !threads.isPending ? (
            <Loader2 aria-label="Updating" className="mb-2 size-4 animate-spin text-neutral-400" />
          ) : null}
        </fieldset>

        <BriefThreadResults briefId={briefId} threads={threads} filtered={filtered} meId={me.id} />
      </div>
    </div>
  );
}

function FilterSelect({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-neutral-500">
        {label}
      </label>
      <Select
        id={id}
        size="sm"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="max-w-64 px-2"
      >
        {children}
      </Select>
    </div>
  );
}

function PreviewComment({ comment, meId }: { comment: BriefThread["comments"][number]; meId: string }) {
  return (
    <div className="flex gap-2.5">
      <Avatar user={comment.author} size="sm" className="mt-0.5" />
      <div className="min-w-0 flex-1">
        <p className="text-xs">
          <span className="font-medium text-neutral-900">{comment.author.name}</span>{" "}
          <span className="text-neutral-400">
            <RelativeTime date={comment.createdAt} />
          </span>
        </p>
        {comment.deleted ? (
          <p className="text-xs text-neutral-400 italic">comment deleted</p>
        ) : (
          <CommentBody body={comment.body} mentions={comment.mentions} meId={meId} className="line-clamp-4" />
        )}
      </div>
    </div>
  );
}

function BriefThreadCard({ briefId, thread, meId }: { briefId: string; thread: BriefThread; meId: string }) {
  const quote = quoteOf(thread);
  const [first, ...replies] = thread.comments;
  const last = thread.comments.at(-1);
  return (
    <article
      aria-label={quote ? `Thread on “${excerpt(quote, 60)}”` : "Thread on the whole section"}
      className={cn(
        "rounded-xl border border-neutral-200 bg-white px-4 py-3.5 shadow-xs",
        thread.status === "RESOLVED" && "bg-neutral-50",
      )}
    >
      <div className="mb-2 flex flex-wrap items-center gap-x-2 gap-y-1">
        <Link
          href={threadHref(briefId, thread.section.key, thread.id)}
          className="text-sm font-medium text-neutral-900 underline-offset-2 hover:underline"
        >
          {thread.section.title}
        </Link>
        {thread.detached ? (
          <Badge tone="outline">
            <Unlink aria-hidden className="size-3" />
            Detached
          </Badge>
        ) : null}
        {thread.status === "RESOLVED" ? (
          <Badge tone="success">
            <Check aria-hidden className="size-3" />
            Resolved
          </Badge>
        ) : null}
        <span className="ml-auto text-xs text-neutral-400">
          <RelativeTime date={last?.createdAt ?? thread.updatedAt} />
        </span>
      </div>
      {quote ? (
        <blockquote
          className={cn(
            "mb-2.5 line-clamp-2 border-l-2 pl-2 text-xs leading-5",
            thread.detached
              ? "border-neutral-300 text-neutral-400 line-through"
              : "border-amber-300 text-neutral-600",
          )}
        >
          {quote}
        </blockquote>
      ) : (
        <p className="mb-2.5 text-xs text-neutral-500">On the whole section</p>
      )}
      {first ? <PreviewComment comment={first} meId={meId} /> : null}
      {replies.length > 1 ? (
        <p className="mt-2 pl-7.5 text-xs text-neutral-400">
          {plural(replies.length - 1, "more reply", "more replies")}
        </p>
      ) : null}
      {last && last !== first ? (
        <div className="mt-2">
          <PreviewComment comment={last} meId={meId} />
        </div>
      ) : null}
    </article>
  );
}

/** The threads that match, or why there are none. */
function BriefThreadResults({
  briefId,
  threads,
  filtered,
  meId,
}: {
  briefId: string;
  threads: ReturnType<typeof useBriefThreads>;
  filtered: boolean;
  meId: string;
}) {
  return (
    <>
      {threads.isPending ? (
        <SkeletonList label="Loading comments" count={3} className="space-y-3" itemClassName="h-28 w-full" />
      ) : threads.isError ? (
        <QueryError title="Couldn't load the comments" query={threads} />
      ) : threads.data.length === 0 ? (
        <div className="rounded-xl border border-dashed border-neutral-200 px-6 py-14 text-center">
          <MessageSquare aria-hidden className="mx-auto mb-3 size-5 text-neutral-300" />
          <p className="text-sm text-neutral-600">
            {filtered ? "No threads match these filters." : "No open threads in this brief."}
          </p>
          {!filtered ? (
            <p className="mt-1 text-xs text-neutral-400">
              Select words in a section and choose Comment to start a discussion.
            </p>
          ) : null}
        </div>
      ) : (
        <ul aria-label="Threads" className="space-y-3">
          {threads.data.map((thread) => (
            <li key={thread.id}>
              <BriefThreadCard briefId={briefId} thread={thread} meId={meId} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
