"use client";

import { Lock } from "lucide-react";
import { useCallback, useState } from "react";
import { AfterFirstPaint } from "@/components/feedback/after-first-paint.tsx";
import { QueryError } from "@/components/feedback/error-state.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import { SectionDot, SectionLink, useBrief } from "@/features/briefs/index.ts";
import { CommentsToggle } from "@/features/comments/index.ts";
import { ConflictResolver } from "@/features/conflict/index.ts";
import {
  type ConflictScreenProps,
  EditorSkeleton,
  SectionEditor,
  useSavePending,
  useSection,
} from "@/features/editor/index.ts";
import { FactsPanel } from "@/features/facts/index.ts";
import { HistoryPanel, HistoryStage } from "@/features/history/index.ts";
import { SectionPresence } from "@/features/presence/index.ts";
import { PublishedBanner, ReviewBar, ReviewTrail } from "@/features/review/index.ts";
import type { SectionDetail } from "@/lib/api-types.ts";
import { labelFor, sectionStatus } from "@/lib/labels.ts";
import { OwnerPicker } from "./owner-picker.tsx";

export function SectionView({ briefId, sectionKey }: { briefId: string; sectionKey: string }) {
  // Short staleTime: an editor must start from the section's current revision, not an old copy.
  const query = useSection(briefId, sectionKey);
  const brief = useBrief(briefId);

  if (query.isPending) return <SectionSkeleton />;
  if (query.isError) {
    return (
      <div className="px-6 py-10 lg:px-12">
        <QueryError title="Couldn't open this section" query={query} className="mx-auto max-w-xl" />
      </div>
    );
  }

  const section = query.data;
  // The parent chain for the breadcrumb comes from the outline already in the cache.
  const byId = new Map(brief.data?.sections.map((s) => [s.id, s]));
  const self = brief.data?.sections.find((s) => s.key === section.key);
  const trail: { key: string; title: string }[] = [];
  for (
    let p = self?.parentId ? byId.get(self.parentId) : undefined;
    p;
    p = p.parentId ? byId.get(p.parentId) : undefined
  ) {
    trail.unshift({ key: p.key, title: p.title });
  }
  // While a refetch started by this mount is running, the cached copy may be out of date.
  const fresh = !(query.isFetching && !query.isFetchedAfterMount);

  return (
    <div className="flex flex-col gap-12 px-6 pt-8 pb-16 lg:px-12 xl:flex-row xl:gap-10">
      <article className="min-w-0 flex-1">
        <div className="mx-auto max-w-3xl">
          <PublishedBanner briefId={briefId} />
          <SectionHeader briefId={briefId} section={section} trail={trail} />
          {section.hasFacts ? <FactsPanel briefId={briefId} section={section} /> : null}
          {section.isLeaf ? (
            <LeafBody briefId={briefId} section={section} fresh={fresh} />
          ) : (
            <ChildList briefId={briefId} section={section} />
          )}
        </div>
      </article>
      {section.isLeaf ? (
        <aside aria-label="Revisions panel" className="shrink-0 xl:sticky xl:top-20 xl:w-72 xl:self-start">
          <div className="mx-auto max-w-3xl border-t border-neutral-200 pt-6 xl:border-t-0 xl:border-l xl:pt-0 xl:pl-6">
            {/* Drawn right after the editor, which is what a switch waits for. */}
            <AfterFirstPaint>
              <HistoryPanel sectionId={section.id} currentRevisionId={section.current?.id ?? null} />
              <ReviewTrail sectionId={section.id} />
            </AfterFirstPaint>
          </div>
        </aside>
      ) : null}
    </div>
  );
}

function SectionHeader({
  briefId,
  section,
  trail,
}: {
  briefId: string;
  section: SectionDetail;
  trail: { key: string; title: string }[];
}) {
  const status = labelFor(sectionStatus, section.status);
  const canAssign = useBrief(briefId).data?.canEdit ?? false;
  return (
    <header className="mb-6">
      {trail.length > 0 ? (
        <nav aria-label="Breadcrumb" className="mb-2">
          <ol className="flex flex-wrap items-center gap-1.5 text-xs text-neutral-500">
            {trail.map((crumb, i) => (
              <li key={crumb.key} className="flex items-center gap-1.5">
                {i > 0 ? <span aria-hidden>/</span> : null}
                <SectionLink
                  briefId={briefId}
                  sectionKey={crumb.key}
                  className="rounded hover:text-neutral-900"
                >
                  {crumb.title}
                </SectionLink>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="flex items-start justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight text-balance text-neutral-900">
          {section.title}
        </h1>
        {section.isLeaf ? (
          <div className="flex shrink-0 items-center gap-3">
            <SectionPresence briefId={briefId} sectionId={section.id} />
            <CommentsToggle sectionId={section.id} />
          </div>
        ) : null}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-neutral-500">
        {/* Leaves show their status in the review bar below. */}
        {section.isLeaf ? null : <Badge tone={status.tone}>{status.label}</Badge>}
        <OwnerPicker briefId={briefId} section={section} canAssign={canAssign} />
        {section.current ? (
          <span>
            Last saved by <span className="text-neutral-700">{section.current.author.name}</span>{" "}
            <RelativeTime date={section.current.createdAt} />
          </span>
        ) : null}
        {section.isLeaf && !section.canEdit ? (
          <Badge tone="outline">
            <Lock aria-hidden className="size-3" />
            Read only
          </Badge>
        ) : null}
      </div>
      {section.isLeaf ? <ReviewBar key={section.id} briefId={briefId} sectionId={section.id} /> : null}
    </header>
  );
}

function LeafBody({ briefId, section, fresh }: { briefId: string; section: SectionDetail; fresh: boolean }) {
  // A save from an editor we just left may still be running: wait for it, so this editor starts
  // from the revision it writes instead of conflicting with our own work.
  const pending = useSavePending(section.id);
  const [mounted, setMounted] = useState(false);
  const ready = mounted || (fresh && !pending);
  // Once shown, the editor stays: later refetches must not pull it from under the writer.
  if (ready && !mounted) setMounted(true);
  // Stable, so this page's re-renders (a refetch settling) don't re-render the memoised editor.
  const renderConflict = useCallback(
    (conflict: ConflictScreenProps) => (
      <ConflictResolver
        key={conflict.failure.conflict?.currentRevisionId ?? "conflict"}
        briefId={briefId}
        sectionId={section.id}
        sectionKey={section.key}
        {...conflict}
      />
    ),
    [briefId, section.id, section.key],
  );

  // The stage wraps the skeleton too: the server renders the editor's own skeleton inside the
  // stage, and a hydration render that waits here must produce the same tree (React #418).
  return (
    <HistoryStage section={section}>
      {ready ? (
        <SectionEditor key={section.id} briefId={briefId} section={section} renderConflict={renderConflict} />
      ) : (
        <EditorSkeleton />
      )}
    </HistoryStage>
  );
}

function ChildList({ briefId, section }: { briefId: string; section: SectionDetail }) {
  return (
    <div>
      <p className="mb-4 text-sm text-neutral-500">This part of the brief groups the sections below.</p>
      <ul className="divide-y divide-neutral-100 rounded-xl border border-neutral-200">
        {section.children.map((child) => (
          <li key={child.key}>
            <SectionLink
              briefId={briefId}
              sectionKey={child.key}
              className="flex items-center gap-3 px-4 py-3 text-sm text-neutral-800 transition-colors first:rounded-t-xl last:rounded-b-xl hover:bg-neutral-50"
            >
              {child.isLeaf ? <SectionDot filled={child.filled} /> : <span aria-hidden className="size-2" />}
              <span className="flex-1">{child.title}</span>
              <span className="text-xs text-neutral-400">
                {child.isLeaf ? (child.filled ? "Written" : "Empty") : "Group"}
              </span>
            </SectionLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

function SectionSkeleton() {
  return (
    <div role="status" aria-label="Loading section" className="px-6 pt-8 lg:px-12">
      <div className="mx-auto max-w-3xl space-y-4">
        <Skeleton className="h-3 w-32" />
        <Skeleton className="h-7 w-2/3" />
        <Skeleton className="h-4 w-64" />
        <div className="pt-6">
          <EditorSkeleton />
        </div>
      </div>
    </div>
  );
}
