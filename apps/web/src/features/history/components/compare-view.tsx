"use client";

import { diffFacts } from "@dossier/schema";
import { Loader2 } from "lucide-react";
import { type RefObject, useRef } from "react";
import { QueryError } from "@/components/feedback/error-state.tsx";
import { FromToPicker, type PickerOption } from "@/components/ui/from-to-picker.tsx";
import { DocumentSkeleton, DocumentView } from "@/features/editor/index.ts";
import { FactsDiff } from "@/features/facts/index.ts";
import { useHydrated } from "@/hooks/use-hydrated.ts";
import { useNow } from "@/hooks/use-now.ts";
import { formatClock } from "@/lib/relative-time.ts";
import { isNotFound } from "@/trpc/errors.ts";
import { useChangeNavigator } from "../hooks/use-change-navigator.ts";
import { contributorNames, formatWordDelta } from "../lib/history-groups.ts";
import { useRevisionCompare, useRevisions } from "../queries.ts";
import { ChangeNav, DiffLegend } from "./change-nav.tsx";
import { NotInHistory } from "./not-in-history.tsx";
import { StageFrame } from "./stage-frame.tsx";

const EMPTY = "empty";

type Option = PickerOption & { number: number };

/**
 * Two revisions of a section compared: the newer text in its own formatting with insertions and
 * deletions marked in place, "N changes" and previous / next change. Any two revisions can be
 * picked (From may also be the empty section, To may be the current text).
 */
export function CompareView({
  sectionId,
  currentRevisionId,
  fromId,
  toId,
  onChange,
  onClose,
  backLabel,
}: {
  sectionId: string;
  currentRevisionId: string | null;
  fromId: string | null;
  toId: string;
  onChange: (fromId: string | null, toId: string) => void;
  onClose: () => void;
  backLabel: string;
}) {
  const diffRef = useRef<HTMLDivElement>(null);
  const compare = useRevisionCompare(sectionId, fromId, toId);
  const data = compare.data;
  const changes = data?.diff.changes ?? 0;
  const nav = useChangeNavigator(diffRef, changes, data?.diff);

  const { options, title } = useRevisionOptions({
    sectionId,
    currentRevisionId,
    fromId,
    toId,
    compared: data,
  });

  return (
    <StageFrame
      title={title}
      focusKey="compare"
      onClose={onClose}
      backLabel={backLabel}
      meta={
        data ? (
          <span className="tabular-nums">
            {formatWordDelta(data.diff.wordsAdded, data.diff.wordsRemoved)} words
            {compare.isPlaceholderData ? (
              <Loader2 aria-label="Updating" className="ml-1.5 inline size-3 animate-spin" />
            ) : null}
          </span>
        ) : null
      }
      toolbar={
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
            <FromToPicker
              variant="toolbar"
              from={fromId ?? EMPTY}
              to={toId}
              fromOptions={[...options, { value: EMPTY, label: "Empty section" }]}
              toOptions={options}
              onChange={(from, to) => onChange(from === EMPTY ? null : from, to)}
            />
          </div>
          {data && changes === 0 && diffFacts(data.facts.from, data.facts.to).length > 0 ? (
            <p className="text-xs text-neutral-500">Same text; the facts changed</p>
          ) : data ? (
            <ChangeNav count={changes} index={nav.index} onPrevious={nav.previous} onNext={nav.next} />
          ) : null}
        </div>
      }
    >
      <ComparisonBody compare={compare} diffRef={diffRef} same={fromId === toId} />
    </StageFrame>
  );
}

type Compared = ReturnType<typeof useRevisionCompare>["data"];

/**
 * The picker's choices: every loaded revision, plus the two being compared even if their page
 * isn't loaded; and the view's title ("Comparing #3 → #5").
 */
function useRevisionOptions({
  sectionId,
  currentRevisionId,
  fromId,
  toId,
  compared: data,
}: {
  sectionId: string;
  currentRevisionId: string | null;
  fromId: string | null;
  toId: string;
  compared: Compared;
}) {
  const now = useNow();
  // A reload of a comparison renders it on the server, whose clock and time zone aren't the
  // reader's: times join the labels once hydrated, or the options wouldn't match (React #418).
  const hydrated = useHydrated();
  const list = useRevisions(sectionId);
  // Every loaded revision, plus the two being compared even if their page isn't loaded.
  const byId = new Map<string, Option>();
  const describe = (r: {
    id: string;
    number: number;
    createdAt: Date;
    author: { id: string; name: string };
    contributors: { user: { id: string; name: string } }[];
  }): Option => ({
    value: r.id,
    number: r.number,
    label:
      r.id === currentRevisionId
        ? `Current (#${r.number})`
        : `#${r.number} · ${contributorNames(r)}${hydrated ? ` · ${formatClock(r.createdAt, now)}` : ""}`,
  });
  for (const r of list.data?.pages.flatMap((p) => p.items) ?? []) byId.set(r.id, describe(r));
  // `from` has the same shape as `to` (or is null); the service's destructuring types it as {}.
  const fromMeta = (data?.from ?? null) as NonNullable<typeof data>["to"] | null;
  if (fromMeta && !byId.has(fromMeta.id)) byId.set(fromMeta.id, describe(fromMeta));
  if (data && !byId.has(data.to.id)) byId.set(data.to.id, describe(data.to));
  const options = [...byId.values()].sort((a, b) => b.number - a.number);

  const numberOf = (id: string | null) => (id ? byId.get(id)?.number : 0);
  const fromNumber = numberOf(fromId);
  const toNumber = numberOf(toId);
  const title =
    fromNumber === undefined || toNumber === undefined
      ? "Comparing revisions"
      : `Comparing ${fromId ? `#${fromNumber}` : "empty section"} → #${toNumber}`;
  return { options, title };
}

/** The comparison itself: the newer text with the changes marked in place. */
function ComparisonBody({
  compare,
  diffRef,
  same,
}: {
  compare: ReturnType<typeof useRevisionCompare>;
  diffRef: RefObject<HTMLDivElement | null>;
  same: boolean;
}) {
  const changes = compare.data?.diff.changes ?? 0;
  const facts = compare.data?.facts;
  const factsChanged = facts ? diffFacts(facts.from, facts.to).length : 0;
  return (
    <>
      {compare.isPending ? (
        <DocumentSkeleton label="Comparing revisions" />
      ) : compare.isError && !compare.data ? (
        isNotFound(compare.error) ? (
          <NotInHistory>These revisions aren't both in this section's history.</NotInHistory>
        ) : (
          <QueryError title="Couldn't compare these revisions" query={compare} />
        )
      ) : compare.data ? (
        <div className="space-y-4">
          {facts ? <FactsDiff from={facts.from} to={facts.to} /> : null}
          {changes === 0 && factsChanged === 0 ? (
            <p className="rounded-lg border border-neutral-200 bg-neutral-50 px-4 py-2.5 text-sm text-neutral-600">
              {same
                ? "You're comparing a revision with itself: pick another one above."
                : "No differences: these two revisions have the same text."}
            </p>
          ) : changes > 0 ? (
            <DiffLegend />
          ) : null}
          <DocumentView
            ref={diffRef}
            kind="diff"
            label="Comparison"
            content={compare.data.diff.doc}
            className="pb-24"
          />
        </div>
      ) : null}
    </>
  );
}
