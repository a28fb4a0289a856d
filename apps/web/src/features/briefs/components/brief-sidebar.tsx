"use client";

import { Activity, ArrowLeft, History } from "lucide-react";
import { Badge } from "@/components/ui/badge.tsx";
import { Link } from "@/components/ui/link.tsx";
import { Progress } from "@/components/ui/progress.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import { PublishBar } from "@/features/review/index.ts";
import { useBriefSegment } from "@/hooks/use-brief-segment.ts";
import { briefStatus, labelFor } from "@/lib/labels.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { completeness } from "../lib/outline.ts";
import { useBrief } from "../queries.ts";
import { BriefHeaderActions } from "./brief-header-actions.tsx";
import { OutlineNav } from "./outline-nav.tsx";

export function BriefSidebar({ briefId }: { briefId: string }) {
  const brief = useBrief(briefId);
  const activeKey = useBriefSegment(briefId);

  return (
    <div className="flex flex-col">
      <div className="flex items-center justify-between gap-2 px-4 pt-4 pb-2">
        <Link
          href="/"
          className="inline-flex items-center gap-1 rounded text-xs text-neutral-500 transition-colors hover:text-neutral-900"
        >
          <ArrowLeft aria-hidden className="size-3.5" />
          All briefs
        </Link>
        <span className="flex items-center gap-3">
          {/* The activity feed is for the brief's editors (and admins). */}
          {brief.data?.canEdit ? (
            <BriefPageLink briefId={briefId} page="activity" activeKey={activeKey} icon={Activity}>
              Activity
            </BriefPageLink>
          ) : null}
          <BriefPageLink briefId={briefId} page="versions" activeKey={activeKey} icon={History}>
            Versions
          </BriefPageLink>
        </span>
      </div>
      {brief.data ? (
        <>
          <BriefHeading brief={brief.data} />
          <OutlineNav briefId={briefId} sections={brief.data.sections} activeKey={activeKey} />
        </>
      ) : brief.isError ? (
        <p role="alert" className="px-4 py-3 text-sm text-neutral-500">
          Couldn't load the outline. {errorMessage(brief.error)}
        </p>
      ) : (
        <OutlineSkeleton />
      )}
    </div>
  );
}

/** A small link to one of the brief's own pages, marked when it is the page open. */
function BriefPageLink({
  briefId,
  page,
  activeKey,
  icon: Icon,
  children,
}: {
  briefId: string;
  page: string;
  activeKey: string | null;
  icon: typeof History;
  children: string;
}) {
  return (
    <Link
      href={`/briefs/${briefId}/${page}`}
      aria-current={activeKey === page ? "page" : undefined}
      className="inline-flex items-center gap-1 rounded text-xs text-neutral-500 transition-colors hover:text-neutral-900 aria-[current=page]:font-medium aria-[current=page]:text-neutral-900"
    >
      <Icon aria-hidden className="size-3.5" />
      {children}
    </Link>
  );
}

function BriefHeading({
  brief,
}: {
  brief: {
    id: string;
    country: string;
    title: string;
    status: string;
    canManage: boolean;
    sections: Parameters<typeof completeness>[0];
  };
}) {
  const { filled, total } = completeness(brief.sections);
  const status = labelFor(briefStatus, brief.status);
  return (
    <div className="border-b border-neutral-200 px-4 pt-2 pb-4">
      <div className="flex items-center justify-between gap-2">
        <p className="truncate text-[15px] font-semibold tracking-tight text-neutral-900">{brief.country}</p>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <p className="mt-0.5 text-xs leading-snug text-neutral-500">{brief.title}</p>
      <p className="mt-3 mb-1.5 text-xs text-neutral-500 tabular-nums">
        {filled} / {total} sections
      </p>
      <Progress value={filled} max={total} label="Brief completeness" />
      <BriefHeaderActions briefId={brief.id} />
      <PublishBar briefId={brief.id} expectButton={brief.canManage && brief.status !== "PUBLISHED"} />
    </div>
  );
}

/** The outline while it loads. */
function OutlineSkeleton() {
  return (
    <div role="status" aria-label="Loading outline" className="space-y-3 px-4 py-4">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-3 w-48" />
      <Skeleton className="h-1 w-full" />
      {[0, 1, 2, 3, 4, 5, 6].map((i) => (
        <Skeleton key={i} className="h-4" style={{ width: `${60 + ((i * 37) % 35)}%` }} />
      ))}
    </div>
  );
}
