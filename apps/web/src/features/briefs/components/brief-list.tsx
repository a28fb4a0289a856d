"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge.tsx";
import { Progress } from "@/components/ui/progress.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import type { BriefSummary } from "@/lib/api-types.ts";
import { briefStatus, labelFor, plural } from "@/lib/labels.ts";

export function BriefList({ briefs }: { briefs: BriefSummary[] }) {
  return (
    <ul
      aria-label="Briefs"
      className="divide-y divide-neutral-100 rounded-xl border border-neutral-200 bg-white"
    >
      {briefs.map((brief) => (
        <BriefRow key={brief.id} brief={brief} />
      ))}
    </ul>
  );
}

function BriefRow({ brief }: { brief: BriefSummary }) {
  const status = labelFor(briefStatus, brief.status);
  return (
    <li className="group relative flex flex-wrap items-center gap-x-8 gap-y-3 px-5 py-4 transition-colors first:rounded-t-xl last:rounded-b-xl hover:bg-neutral-50/80 sm:flex-nowrap">
      <div className="min-w-0 flex-1">
        <div className="flex items-center gap-2">
          <Link
            href={`/briefs/${brief.id}`}
            className="truncate text-sm font-medium text-neutral-900 after:absolute after:inset-0 after:rounded-[inherit] focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:-outline-offset-2 focus-visible:after:outline-accent"
          >
            {brief.country}
          </Link>
          <Badge tone={status.tone}>{status.label}</Badge>
          {brief.staleCount > 0 ? (
            <Badge tone="warning" title="Sections not reviewed for 30 days or more">
              {plural(brief.staleCount, "stale section")}
            </Badge>
          ) : null}
        </div>
        <p className="mt-0.5 truncate text-xs text-neutral-500">{brief.title}</p>
      </div>
      <div className="w-44 shrink-0">
        <p className="mb-1.5 text-xs text-neutral-500 tabular-nums">
          {brief.filledCount} / {brief.leafCount} sections
        </p>
        <Progress value={brief.filledCount} max={brief.leafCount} label={`${brief.country} completeness`} />
      </div>
      <p className="w-32 shrink-0 text-right text-xs text-neutral-500 max-sm:text-left">
        Edited <RelativeTime date={brief.lastEditedAt} />
      </p>
    </li>
  );
}

export function BriefListSkeleton() {
  return (
    <div
      role="status"
      aria-label="Loading briefs"
      className="divide-y divide-neutral-100 rounded-xl border border-neutral-200"
    >
      {[0, 1, 2].map((i) => (
        <div key={i} className="flex items-center gap-8 px-5 py-4">
          <div className="flex-1 space-y-2">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-3 w-64" />
          </div>
          <div className="w-44 space-y-2">
            <Skeleton className="h-3 w-24" />
            <Skeleton className="h-1 w-full" />
          </div>
          <Skeleton className="h-3 w-32" />
        </div>
      ))}
    </div>
  );
}
