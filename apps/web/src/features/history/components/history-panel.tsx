"use client";

import { ChevronRight, Loader2 } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import { useReaderText } from "@/hooks/use-hydrated.ts";
import { useNow } from "@/hooks/use-now.ts";
import type { RevisionItem } from "@/lib/api-types.ts";
import { formatClockRange, formatFull } from "@/lib/relative-time.ts";
import { cn } from "@/lib/utils.ts";
import { errorMessage } from "@/trpc/errors.ts";
import {
  contributorNames,
  formatWordDelta,
  groupRevisions,
  type HistoryEntry,
} from "../lib/history-groups.ts";
import { useFetchRevisionBefore, useRevisions } from "../queries.ts";
import { openHistoryView, useHistoryView } from "../state.ts";

type Group = Extract<HistoryEntry<RevisionItem>, { type: "group" }>;

/** A group holds two or more revisions, newest first. */
const groupEnds = (group: Group) => ({
  newest: group.revisions[0] as RevisionItem,
  oldest: group.revisions[group.revisions.length - 1] as RevisionItem,
});

/**
 * The section's revisions, newest first, a page at a time (keyset pages from the server).
 * Consecutive saves by one author within ten minutes fold into one group (lib/history-groups.ts);
 * a revision opens read-only in place of the editor, a group opens as the diff of its saves.
 */
export function HistoryPanel({
  sectionId,
  currentRevisionId,
}: {
  sectionId: string;
  currentRevisionId: string | null;
}) {
  const view = useHistoryView();
  const revisions = useRevisions(sectionId);
  const fetchRevisionBefore = useFetchRevisionBefore(sectionId);
  const items = revisions.data?.pages.flatMap((page) => page.items) ?? [];
  const entries = groupRevisions(items);
  const selectedId =
    view?.kind === "revision" ? view.revisionId : view?.kind === "compare" ? view.toId : null;

  /** A group opens as one diff: from the revision before its first save to its last. */
  async function openGroup(group: Group) {
    const { oldest, newest } = groupEnds(group);
    let fromId: string | null = null;
    if (oldest.number > 1) {
      const index = items.findIndex((item) => item.id === oldest.id);
      fromId = items[index + 1]?.id ?? (await fetchRevisionBefore(oldest.number));
    }
    openHistoryView({ kind: "compare", fromId, toId: newest.id });
  }

  return (
    <section aria-labelledby="revisions-heading">
      <h2 id="revisions-heading" className="mb-3 text-xs font-semibold text-neutral-500">
        Revisions
      </h2>
      {revisions.isPending ? (
        <div role="status" aria-label="Loading history" className="space-y-4">
          {[0, 1, 2].map((i) => (
            <div key={i} className="space-y-1.5">
              <Skeleton className="h-3.5 w-full" />
              <Skeleton className="h-3 w-1/2" />
            </div>
          ))}
        </div>
      ) : revisions.isError && items.length === 0 ? (
        <div role="alert" className="text-xs leading-relaxed text-neutral-500">
          <p>Couldn't load the history. {errorMessage(revisions.error)}</p>
          <Button variant="link" size="sm" className="text-xs" onClick={() => void revisions.refetch()}>
            Try again
          </Button>
        </div>
      ) : items.length === 0 ? (
        <p className="text-xs leading-relaxed text-neutral-500">
          No revisions yet. Every save will be kept here, and any of them can be compared or restored.
        </p>
      ) : (
        <RevisionEntries
          entries={entries}
          currentRevisionId={currentRevisionId}
          selectedId={selectedId}
          onOpen={(revisionId) => openHistoryView({ kind: "revision", revisionId })}
          onOpenGroup={(group) => void openGroup(group)}
          revisions={revisions}
        />
      )}
    </section>
  );
}

/** The list, newest first, and "Load older revisions". */
function RevisionEntries({
  entries,
  currentRevisionId,
  selectedId,
  onOpen,
  onOpenGroup,
  revisions,
}: {
  entries: HistoryEntry<RevisionItem>[];
  currentRevisionId: string | null;
  selectedId: string | null;
  onOpen: (revisionId: string) => void;
  onOpenGroup: (group: Group) => void;
  revisions: ReturnType<typeof useRevisions>;
}) {
  return (
    <>
      <ol aria-label="Revisions" className="-mx-2 space-y-px">
        {entries.map((entry) =>
          entry.type === "revision" ? (
            <li key={entry.revision.id}>
              <RevisionRow
                revision={entry.revision}
                current={entry.revision.id === currentRevisionId}
                selected={entry.revision.id === selectedId}
                onOpen={() => onOpen(entry.revision.id)}
              />
            </li>
          ) : (
            <GroupRow
              key={entry.key}
              group={entry}
              currentRevisionId={currentRevisionId}
              selectedId={selectedId}
              onOpenGroup={() => onOpenGroup(entry)}
              onOpen={onOpen}
            />
          ),
        )}
      </ol>
      {revisions.hasNextPage ? (
        <Button
          variant="ghost"
          size="sm"
          className="mt-2 -ml-2"
          onClick={() => void revisions.fetchNextPage()}
          disabled={revisions.isFetchingNextPage}
        >
          {revisions.isFetchingNextPage ? <Loader2 aria-hidden className="animate-spin" /> : null}
          Load older revisions
        </Button>
      ) : null}
      {revisions.isFetchNextPageError ? (
        <p role="alert" className="mt-1 text-xs text-neutral-500">
          Couldn't load more. {errorMessage(revisions.error)}
        </p>
      ) : null}
    </>
  );
}

function RevisionRow({
  revision,
  current,
  selected,
  onOpen,
  nested = false,
}: {
  revision: RevisionItem;
  current: boolean;
  selected: boolean;
  onOpen: () => void;
  nested?: boolean;
}) {
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-current={selected ? "true" : undefined}
      title={formatFull(revision.createdAt)}
      className={cn(
        "block w-full rounded-md px-2 py-1.5 text-left transition-colors hover:bg-neutral-100/70",
        selected && "bg-accent-soft hover:bg-accent-soft",
        nested && "py-1",
      )}
    >
      <span className="block text-xs text-neutral-600">
        <span className="font-medium text-neutral-900 tabular-nums">#{revision.number}</span> ·{" "}
        {contributorNames(revision)} · <RelativeTime date={revision.createdAt} />
      </span>
      {revision.message ? (
        <span className="mt-0.5 block text-xs text-neutral-700">{revision.message}</span>
      ) : null}
      <span className="mt-0.5 flex flex-wrap items-center gap-1.5 text-[11px] text-neutral-400">
        <WordDelta added={revision.wordsAdded} removed={revision.wordsRemoved} />
        {revision.kind === "RESTORE" ? <Badge tone="outline">Restored</Badge> : null}
        {revision.kind === "MERGE" ? <Badge tone="outline">Merged</Badge> : null}
        {current ? <Badge tone="accent">Current</Badge> : null}
      </span>
    </button>
  );
}

function GroupRow({
  group,
  currentRevisionId,
  selectedId,
  onOpenGroup,
  onOpen,
}: {
  group: Group;
  currentRevisionId: string | null;
  selectedId: string | null;
  onOpenGroup: () => void;
  onOpen: (revisionId: string) => void;
}) {
  const now = useNow();
  const containsSelected = group.revisions.some((r) => r.id === selectedId);
  const containsCurrent = group.revisions.some((r) => r.id === currentRevisionId);
  const [expanded, setExpanded] = useState(containsSelected);
  // Opening one of its saves from elsewhere (a compare view's "To") unfolds the group.
  const [wasSelected, setWasSelected] = useState(containsSelected);
  if (containsSelected !== wasSelected) {
    setWasSelected(containsSelected);
    if (containsSelected) setExpanded(true);
  }
  const count = group.revisions.length;
  const range = useReaderText(formatClockRange(group.from, group.to, now));
  const { oldest, newest } = groupEnds(group);

  return (
    <li>
      <div className={cn("rounded-md", expanded && "bg-neutral-50")}>
        <button
          type="button"
          onClick={onOpenGroup}
          title={`${formatFull(group.from)} – ${formatFull(group.to)}`}
          className="block w-full rounded-md px-2 pt-1.5 pb-0.5 text-left transition-colors hover:bg-neutral-100/70"
        >
          <span className="block text-xs text-neutral-600">
            <span className="font-medium text-neutral-900">{group.author.name}</span> · {count} saves ·{" "}
            <span suppressHydrationWarning>{range}</span>
          </span>
          <span className="mt-0.5 flex flex-wrap items-center gap-1.5 text-[11px] text-neutral-400">
            <span className="tabular-nums">
              #{oldest.number}–#{newest.number}
            </span>
            <WordDelta added={group.wordsAdded} removed={group.wordsRemoved} />
            {containsCurrent && !expanded ? <Badge tone="accent">Current</Badge> : null}
          </span>
        </button>
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded((v) => !v)}
          className="mb-1 ml-1 inline-flex items-center gap-0.5 rounded px-1 py-0.5 text-[11px] font-medium text-neutral-500 transition-colors hover:text-neutral-900"
        >
          <ChevronRight aria-hidden className={cn("size-3 transition-transform", expanded && "rotate-90")} />
          {expanded ? `Hide ${count} saves` : `Show ${count} saves`}
        </button>
        {expanded ? (
          <ol
            aria-label={`Saves by ${group.author.name}`}
            className="ml-3 space-y-px border-l border-neutral-200 pb-1 pl-1"
          >
            {group.revisions.map((revision) => (
              <li key={revision.id}>
                <RevisionRow
                  revision={revision}
                  current={revision.id === currentRevisionId}
                  selected={revision.id === selectedId}
                  onOpen={() => onOpen(revision.id)}
                  nested
                />
              </li>
            ))}
          </ol>
        ) : null}
      </div>
    </li>
  );
}

/** "+12 −3", read out as words. */
export function WordDelta({ added, removed }: { added: number; removed: number }) {
  return (
    <span className="tabular-nums">
      <span aria-hidden>{formatWordDelta(added, removed)}</span>
      <span className="sr-only">
        {added} {added === 1 ? "word" : "words"} added, {removed} removed
      </span>
    </span>
  );
}
