"use client";

import type { diffDocuments } from "@dossier/editor";
import type { MergeConflict } from "@dossier/schema";
import { type ReactNode, useId, useRef } from "react";
import type { SaveFailure } from "@/features/editor/index.ts";
import { DocumentSkeleton, DocumentView } from "@/features/editor/index.ts";
import { ChangeNav, DiffLegend, useChangeNavigator } from "@/features/history/index.ts";

export function ConflictPlaces({ failure }: { failure: SaveFailure }) {
  // One line per place: a conflict inside a block is also reported for the whole block; keep the
  // precise one.
  const byBlock = new Map<string, MergeConflict>();
  for (const c of failure.conflict?.conflicts ?? []) {
    if (!c.excerpt.mine && !c.excerpt.theirs) continue;
    const key = `${c.theirs.from}-${c.theirs.to}`;
    const seen = byBlock.get(key);
    if (!seen || (c.nested && !seen.nested)) byBlock.set(key, c);
  }
  const places = [...byBlock.values()];
  if (places.length === 0) return null;
  const shown = places.slice(0, 3);
  return (
    <div className="mt-4">
      <p className="text-xs font-medium text-neutral-500">
        {places.length === 1
          ? "Where you both changed the text"
          : `${places.length} places where you both changed the text`}
      </p>
      <ul className="mt-1.5 space-y-1.5">
        {shown.map((place, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list from one error
          <li key={i} className="grid gap-x-3 gap-y-0.5 text-xs text-neutral-600 sm:grid-cols-2">
            <span className="truncate">
              <span className="text-neutral-400">Yours: </span>
              {place.excerpt.mine || <em>removed</em>}
            </span>
            <span className="truncate">
              <span className="text-neutral-400">Theirs: </span>
              {place.excerpt.theirs || <em>removed</em>}
            </span>
          </li>
        ))}
      </ul>
      {places.length > shown.length ? (
        <p className="mt-1 text-xs text-neutral-400">and {places.length - shown.length} more</p>
      ) : null}
    </div>
  );
}

export function VersionCard({
  title,
  meta,
  children,
}: {
  title: string;
  meta: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="flex min-w-0 flex-col rounded-lg border border-neutral-200">
      <header className="border-b border-neutral-100 px-4 py-2.5">
        <h3 id={id} className="text-sm font-semibold text-neutral-900">
          {title}
        </h3>
        <p className="text-xs text-neutral-500">{meta}</p>
      </header>
      <div className="max-h-[40vh] overflow-y-auto px-4 py-3">{children}</div>
    </section>
  );
}

export function Differences({
  diff,
  loading,
}: {
  diff: ReturnType<typeof diffDocuments> | null;
  loading: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  const nav = useChangeNavigator(ref, diff?.changes ?? 0, diff, { keyboard: false });
  return (
    <section aria-labelledby={id} className="border-t border-neutral-200 px-6 pt-5 pb-8">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <div>
          <h3 id={id} className="text-sm font-semibold text-neutral-900">
            Differences
          </h3>
          <p className="text-xs text-neutral-500">The current version, with your changes marked in place.</p>
        </div>
        {diff ? (
          <ChangeNav
            count={diff.changes}
            index={nav.index}
            onPrevious={nav.previous}
            onNext={nav.next}
            shortcuts={false}
          />
        ) : null}
      </div>
      {diff ? (
        <>
          <DiffLegend />
          <div className="mt-3 rounded-lg border border-neutral-200 px-4 py-3">
            <DocumentView ref={ref} kind="diff" label="Differences between the versions" content={diff.doc} />
          </div>
        </>
      ) : loading ? (
        <DocumentSkeleton label="Comparing the versions" />
      ) : (
        <p className="text-sm text-neutral-500">The differences can't be shown.</p>
      )}
    </section>
  );
}
