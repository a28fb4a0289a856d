"use client";

import { Inbox } from "lucide-react";
import type { ReactNode } from "react";
import { QueryError } from "@/components/feedback/error-state.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Link } from "@/components/ui/link.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import type { MyWork } from "@/lib/api-types.ts";
import { labelFor, sectionStatus } from "@/lib/labels.ts";
import { threadHref } from "@/lib/section-url.ts";
import { useMyWork } from "../queries.ts";

const sectionHref = (item: { briefId: string; sectionKey: string }) =>
  `/briefs/${item.briefId}/${item.sectionKey}`;

/** The home page's "My work" tab: what is waiting for me, across every brief I can see. */
export function MyWorkPanel() {
  const work = useMyWork();
  if (work.isPending) return <MyWorkSkeleton />;
  if (work.isError) return <QueryError title="Couldn't load your work" query={work} />;
  const { owned, reviews, threads } = work.data;
  return (
    <div className="space-y-8">
      <WorkList
        title="Reviews waiting for you"
        empty="No section is waiting for your review."
        items={reviews.map((r) => (
          <WorkRow key={r.sectionId} href={sectionHref(r)} title={r.sectionTitle} where={r.country}>
            <Due date={r.reviewDueAt} />
            <Badge tone={r.namedMe ? "accent" : "outline"}>
              {r.namedMe ? "Asked of you" : "Any reviewer"}
            </Badge>
          </WorkRow>
        ))}
      />
      <WorkList
        title="Sections you own"
        empty="You don't own any section yet. Owners are set from a section's header."
        items={owned.map((s) => <OwnedRow key={s.sectionId} section={s} />)}
      />
      <WorkList
        title="Threads with news for you"
        empty="No unread mentions or replies."
        items={threads.map((t) => (
          <WorkRow
            key={t.threadId}
            href={threadHref(t.briefId, t.sectionKey, t.threadId)}
            title={t.excerpt}
            where={`${t.country} · ${t.sectionTitle}`}
          >
            <Badge tone={t.reason === "mention" ? "accent" : "neutral"}>
              {t.reason === "mention" ? "Mentioned you" : "New reply"}
            </Badge>
            <span className="text-xs whitespace-nowrap text-neutral-500">
              {t.lastCommentBy} · <RelativeTime date={t.lastCommentAt} />
            </span>
          </WorkRow>
        ))}
      />
    </div>
  );
}

function OwnedRow({ section }: { section: MyWork["owned"][number] }) {
  const status = labelFor(sectionStatus, section.status);
  return (
    <WorkRow href={sectionHref(section)} title={section.sectionTitle} where={section.country}>
      {section.stale ? (
        <Badge tone="warning" title="Not reviewed within its freshness policy">
          Stale
        </Badge>
      ) : null}
      <Due date={section.reviewDueAt} />
      <Badge tone={status.tone}>
        {section.status === "NOT_APPLICABLE" ? "Not applicable" : status.label}
      </Badge>
    </WorkRow>
  );
}

function Due({ date }: { date: Date | null }) {
  if (!date) return null;
  const overdue = date.getTime() < Date.now();
  return (
    <span className={overdue ? "text-xs font-medium text-danger" : "text-xs text-neutral-500"}>
      Due <RelativeTime date={date} />
    </span>
  );
}

function WorkList({ title, empty, items }: { title: string; empty: string; items: ReactNode[] }) {
  const id = `work-${title.toLowerCase().replaceAll(" ", "-")}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 flex items-center gap-2 text-sm font-semibold text-neutral-900">
        {title}
        <span className="text-xs font-normal text-neutral-400 tabular-nums">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p className="flex items-center gap-2 rounded-xl border border-dashed border-neutral-200 px-4 py-3 text-sm text-neutral-500">
          <Inbox aria-hidden className="size-4 text-neutral-400" />
          {empty}
        </p>
      ) : (
        <ul className="divide-y divide-neutral-100 rounded-xl border border-neutral-200 bg-white">{items}</ul>
      )}
    </section>
  );
}

function WorkRow({
  href,
  title,
  where,
  children,
}: {
  href: string;
  title: string;
  where: string;
  children: ReactNode;
}) {
  return (
    <li className="relative flex items-center gap-4 px-4 py-2.5 transition-colors first:rounded-t-xl last:rounded-b-xl hover:bg-neutral-50/80">
      <div className="min-w-0 flex-1">
        <Link
          href={href}
          className="block truncate text-sm text-neutral-900 after:absolute after:inset-0 after:rounded-[inherit] focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:-outline-offset-2 focus-visible:after:outline-accent"
        >
          {title}
        </Link>
        <p className="truncate text-xs text-neutral-500">{where}</p>
      </div>
      <div className="flex shrink-0 items-center gap-2">{children}</div>
    </li>
  );
}

function MyWorkSkeleton() {
  return (
    <div role="status" aria-label="Loading your work" className="space-y-8">
      {[0, 1, 2].map((i) => (
        <div key={i} className="space-y-2">
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-14 w-full rounded-xl" />
        </div>
      ))}
    </div>
  );
}
