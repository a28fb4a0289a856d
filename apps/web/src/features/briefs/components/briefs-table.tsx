"use client";

import type { BriefSort } from "@dossier/schema";
import { ArrowDown, ArrowUp, FileText, Loader2 } from "lucide-react";
import { QueryError } from "@/components/feedback/error-state.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { Link } from "@/components/ui/link.tsx";
import { Progress } from "@/components/ui/progress.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table.tsx";
import type { BriefSummary } from "@/lib/api-types.ts";
import { briefEntryPath } from "@/lib/brief-path.ts";
import { cn } from "@/lib/utils.ts";
import { type DashboardFilters, isFiltered, toggleSort } from "../lib/dashboard-filters.ts";
import { briefListStatus, percent } from "../lib/dashboard-labels.ts";
import { useDashboardBriefs } from "../queries.ts";
import { NewBriefDialog } from "./new-brief-dialog.tsx";

type Column = { label: string; sort?: BriefSort; className?: string };
const COLUMNS: Column[] = [
  { label: "Country", sort: "country" },
  { label: "Status" },
  { label: "Filled", sort: "filled", className: "w-36" },
  { label: "Approved", sort: "approved", className: "w-36" },
  { label: "Stale", sort: "stale", className: "text-right" },
  { label: "Threads", className: "text-right" },
  { label: "Reviews", className: "text-right" },
  { label: "Last edit", sort: "lastEdited" },
];

/** The briefs matching the filters, a page at a time, with sortable column headers. */
export function BriefsTable({
  filters,
  onChange,
  canCreate,
}: {
  filters: DashboardFilters;
  onChange: (next: DashboardFilters) => void;
  canCreate: boolean;
}) {
  const briefs = useDashboardBriefs(filters);
  if (briefs.isPending) return <BriefsTableSkeleton />;
  if (briefs.isError) return <QueryError title="Couldn't load the briefs" query={briefs} />;
  const rows = briefs.data.pages.flatMap((page) => page.items);
  if (rows.length === 0) {
    if (isFiltered(filters))
      return (
        <EmptyState
          icon={FileText}
          title="No briefs match"
          action={
            <Button
              variant="secondary"
              size="sm"
              onClick={() => onChange({ ...filters, search: "", status: null, mine: false, archived: false })}
            >
              Clear filters
            </Button>
          }
        >
          Try another country, or widen the status.
        </EmptyState>
      );
    return (
      <EmptyState
        icon={FileText}
        title="No briefs yet"
        action={canCreate ? <NewBriefDialog label="Create the first brief" /> : null}
      >
        {canCreate
          ? "Start a brief for a country. It comes with every section of the standard template, ready to write."
          : "When someone adds you to a brief, it will appear here."}
      </EmptyState>
    );
  }
  return (
    <div aria-busy={briefs.isFetching}>
      <Table label="Briefs">
        <TableHeader>
          <tr>
            {COLUMNS.map((column) => (
              <SortableHead key={column.label} column={column} filters={filters} onChange={onChange} />
            ))}
          </tr>
        </TableHeader>
        <TableBody>
          {rows.map((brief) => (
            <BriefRow key={brief.id} brief={brief} />
          ))}
        </TableBody>
      </Table>
      {briefs.hasNextPage ? (
        <div className="mt-4 flex justify-center">
          <Button
            variant="secondary"
            onClick={() => void briefs.fetchNextPage()}
            disabled={briefs.isFetchingNextPage}
          >
            {briefs.isFetchingNextPage ? <Loader2 aria-hidden className="animate-spin" /> : null}
            Load more
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function SortableHead({
  column,
  filters,
  onChange,
}: {
  column: Column;
  filters: DashboardFilters;
  onChange: (next: DashboardFilters) => void;
}) {
  if (!column.sort) return <TableHead className={column.className}>{column.label}</TableHead>;
  const sort = column.sort;
  const active = filters.sort === sort;
  const Arrow = filters.dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <TableHead
      className={column.className}
      aria-sort={active ? (filters.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <button
        type="button"
        title={`Sort by ${column.label.toLowerCase()}`}
        onClick={() => onChange(toggleSort(filters, sort))}
        className={cn(
          "-mx-1 inline-flex items-center gap-1 rounded px-1 hover:text-neutral-900 focus-visible:outline-2 focus-visible:outline-accent",
          active && "text-neutral-900",
        )}
      >
        {column.label}
        {active ? <Arrow aria-hidden className="size-3" /> : null}
      </button>
    </TableHead>
  );
}

function BriefRow({ brief }: { brief: BriefSummary }) {
  const status = briefListStatus[brief.status];
  return (
    <TableRow className="relative">
      <TableCell className="max-w-64">
        <Link
          href={briefEntryPath(brief)}
          className="block truncate font-medium text-neutral-900 after:absolute after:inset-0 focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:-outline-offset-2 focus-visible:after:outline-accent"
        >
          {brief.country}
        </Link>
        <p className="truncate text-xs text-neutral-500">{brief.title}</p>
      </TableCell>
      <TableCell>
        <Badge tone={status.tone}>{status.label}</Badge>
      </TableCell>
      <TableCell>
        <Share label={`${brief.country} filled`} part={brief.filledCount} whole={brief.leafCount} />
        <p className="mt-1 text-[11px] whitespace-nowrap text-neutral-400 tabular-nums">
          {brief.emptyCount} empty · {brief.ownerlessCount} unowned
        </p>
      </TableCell>
      <TableCell>
        <Share label={`${brief.country} approved`} part={brief.approvedCount} whole={brief.leafCount} />
      </TableCell>
      <Count value={brief.staleCount} tone="warning" title="Sections not reviewed within their policy" />
      <Count value={brief.openThreads} title="Open comment threads" />
      <Count value={brief.reviewsWaiting} title="Sections waiting for review" />
      <TableCell className="text-xs whitespace-nowrap text-neutral-500">
        <RelativeTime date={brief.lastEditedAt} />
        {brief.lastEditedBy ? (
          <p className="max-w-32 truncate text-neutral-400">{brief.lastEditedBy.name}</p>
        ) : null}
      </TableCell>
    </TableRow>
  );
}

/** A percentage with a thin bar under it. */
function Share({ label, part, whole }: { label: string; part: number; whole: number }) {
  return (
    <div className="w-28">
      <span className="text-xs text-neutral-700 tabular-nums">{percent(part, whole)}%</span>
      <Progress value={part} max={whole} label={label} className="mt-1" />
    </div>
  );
}

/** A count that draws the eye only when it isn't zero. */
function Count({ value, title, tone }: { value: number; title: string; tone?: "warning" }) {
  return (
    <TableCell className="text-right tabular-nums" title={title}>
      {value === 0 ? (
        <span className="text-neutral-300">0</span>
      ) : tone === "warning" ? (
        <span className="font-medium text-amber-700">{value}</span>
      ) : (
        <span className="text-neutral-800">{value}</span>
      )}
    </TableCell>
  );
}

function BriefsTableSkeleton() {
  return (
    <div role="status" aria-label="Loading briefs" className="rounded-xl border border-neutral-200">
      {[0, 1, 2, 3, 4].map((i) => (
        <div
          key={i}
          className="flex items-center gap-8 border-b border-neutral-100 px-4 py-3.5 last:border-0"
        >
          <div className="w-48 space-y-2">
            <Skeleton className="h-4 w-28" />
            <Skeleton className="h-3 w-44" />
          </div>
          <Skeleton className="h-5 w-16 rounded-full" />
          <Skeleton className="h-1.5 w-24" />
          <Skeleton className="h-1.5 w-24" />
          <Skeleton className="ml-auto h-3 w-20" />
        </div>
      ))}
    </div>
  );
}
