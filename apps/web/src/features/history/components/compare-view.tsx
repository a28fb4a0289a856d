"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useId, useRef } from "react";
import { ErrorState } from "@/components/feedback/error-state.tsx";
import { DocumentSkeleton, DocumentView } from "@/features/editor/components/document-view.tsx";
import { useNow } from "@/hooks/use-now.ts";
import { useTRPC } from "@/trpc/react.tsx";
import { useChangeNavigator } from "../hooks/use-change-navigator.ts";
import { contributorNames, formatClock, formatWordDelta } from "../lib/history-groups.ts";
import { REVISIONS_PAGE_SIZE, revisionsPageParam } from "../lib/revisions-query.ts";
import { ChangeNav, DiffLegend } from "./change-nav.tsx";
import { StageFrame } from "./stage-frame.tsx";

const EMPTY = "empty";

type Option = { id: string; number: number; label: string };

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
  const trpc = useTRPC();
  const now = useNow();
  const diffRef = useRef<HTMLDivElement>(null);
  const fromSelectId = useId();
  const toSelectId = useId();

  const compare = useQuery({
    ...trpc.revisions.compare.queryOptions({ sectionId, fromRevisionId: fromId, toRevisionId: toId }),
    placeholderData: keepPreviousData,
    // Revisions never change: a comparison computed once stays true.
    staleTime: Number.POSITIVE_INFINITY,
  });
  const list = useInfiniteQuery(
    trpc.revisions.list.infiniteQueryOptions({ sectionId, limit: REVISIONS_PAGE_SIZE }, revisionsPageParam),
  );

  const data = compare.data;
  const changes = data?.diff.changes ?? 0;
  const nav = useChangeNavigator(diffRef, changes, data?.diff);

  // Every loaded revision, plus the two being compared even if their page isn't loaded.
  const byId = new Map<string, Option>();
  const describe = (r: {
    id: string;
    number: number;
    createdAt: Date;
    author: { id: string; name: string };
    contributors: { user: { id: string; name: string } }[];
  }): Option => ({
    id: r.id,
    number: r.number,
    label:
      r.id === currentRevisionId
        ? `Current (#${r.number})`
        : `#${r.number} · ${contributorNames(r)} · ${formatClock(r.createdAt, now)}`,
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

  const selectClass =
    "h-7 max-w-[16rem] rounded-md border border-neutral-200 bg-white pr-7 pl-2 text-xs text-neutral-800 shadow-xs focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/15 focus-visible:outline-none";

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
            <div className="flex items-center gap-1.5">
              <label htmlFor={fromSelectId} className="text-xs font-medium text-neutral-500">
                From
              </label>
              <select
                id={fromSelectId}
                className={selectClass}
                value={fromId ?? EMPTY}
                onChange={(e) => onChange(e.target.value === EMPTY ? null : e.target.value, toId)}
              >
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
                <option value={EMPTY}>Empty section</option>
              </select>
            </div>
            <span aria-hidden className="text-xs text-neutral-400">
              →
            </span>
            <div className="flex items-center gap-1.5">
              <label htmlFor={toSelectId} className="text-xs font-medium text-neutral-500">
                To
              </label>
              <select
                id={toSelectId}
                className={selectClass}
                value={toId}
                onChange={(e) => onChange(fromId, e.target.value)}
              >
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {data ? (
            <ChangeNav count={changes} index={nav.index} onPrevious={nav.previous} onNext={nav.next} />
          ) : null}
        </div>
      }
    >
      {compare.isPending ? (
        <DocumentSkeleton label="Comparing revisions" />
      ) : compare.isError && !data ? (
        <ErrorState
          title="Couldn't compare these revisions"
          error={compare.error}
          onRetry={() => void compare.refetch()}
          retrying={compare.isFetching}
        />
      ) : data ? (
        <div className="space-y-4">
          {changes === 0 ? (
            <p className="rounded-lg border border-neutral-200 bg-neutral-50 px-4 py-2.5 text-sm text-neutral-600">
              {fromId === toId
                ? "You're comparing a revision with itself: pick another one above."
                : "No differences: these two revisions have the same text."}
            </p>
          ) : (
            <DiffLegend />
          )}
          <DocumentView
            ref={diffRef}
            kind="diff"
            label="Comparison"
            content={data.diff.doc}
            className="pb-24"
          />
        </div>
      ) : null}
    </StageFrame>
  );
}
