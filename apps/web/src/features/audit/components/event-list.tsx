"use client";

import { Loader2, ScrollText } from "lucide-react";
import type { ReactNode } from "react";
import { QueryError } from "@/components/feedback/error-state.tsx";
import { Button } from "@/components/ui/button.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { SkeletonList } from "@/components/ui/skeleton.tsx";
import { type AuditEvent, EventRow } from "./event-row.tsx";

type EventPages = {
  data?: { pages: { items: AuditEvent[] }[] };
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
};

/** Events a page at a time, with the loading, failed and empty states and "Load more". */
export function EventList({
  query,
  label,
  inBrief = false,
  empty,
}: {
  query: EventPages;
  label: string;
  inBrief?: boolean;
  empty: { title: string; body: ReactNode; action?: ReactNode };
}) {
  if (query.isPending)
    return (
      <SkeletonList
        label={`Loading ${label.toLowerCase()}`}
        count={6}
        className="space-y-2"
        itemClassName="h-12 w-full rounded-lg"
      />
    );
  if (query.isError || !query.data)
    return <QueryError title={`Couldn't load the ${label.toLowerCase()}`} query={query} />;
  const events = query.data.pages.flatMap((page) => page.items);
  if (events.length === 0)
    return (
      <EmptyState icon={ScrollText} title={empty.title} action={empty.action}>
        {empty.body}
      </EmptyState>
    );
  return (
    <div aria-busy={query.isFetching}>
      <ol
        aria-label={label}
        className="divide-y divide-neutral-100 rounded-xl border border-neutral-200 bg-white"
      >
        {events.map((event) => (
          <EventRow key={event.id} event={event} inBrief={inBrief} />
        ))}
      </ol>
      {query.hasNextPage ? (
        <div className="mt-4 flex justify-center">
          <Button
            variant="secondary"
            onClick={() => void query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
          >
            {query.isFetchingNextPage ? <Loader2 aria-hidden className="animate-spin" /> : null}
            Load more
          </Button>
        </div>
      ) : (
        <p className="mt-4 text-center text-xs text-neutral-400">The beginning of the record.</p>
      )}
    </div>
  );
}
