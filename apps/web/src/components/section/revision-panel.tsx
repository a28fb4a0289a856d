"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import type { RevisionItem } from "@/lib/api-types.ts";
import { plural } from "@/lib/labels.ts";
import { REVISIONS_PAGE_SIZE, revisionsPageParam } from "@/lib/revisions-query.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useTRPC } from "@/trpc/react.tsx";

/** The section's history, newest first, a page at a time. */
export function RevisionPanel({
  sectionId,
  currentRevisionId,
}: {
  sectionId: string;
  currentRevisionId: string | null;
}) {
  const trpc = useTRPC();
  const revisions = useInfiniteQuery(
    trpc.revisions.list.infiniteQueryOptions({ sectionId, limit: REVISIONS_PAGE_SIZE }, revisionsPageParam),
  );
  const items = revisions.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="mb-3 text-xs font-semibold text-neutral-500">
        History
      </h2>
      {revisions.isPending ? (
        <div role="status" aria-label="Loading history" className="space-y-3">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-4 w-full" />
          ))}
        </div>
      ) : revisions.isError && items.length === 0 ? (
        <p role="alert" className="text-xs text-neutral-500">
          Couldn't load the history. {errorMessage(revisions.error)}{" "}
          <Button variant="link" size="sm" className="text-xs" onClick={() => void revisions.refetch()}>
            Try again
          </Button>
        </p>
      ) : items.length === 0 ? (
        <p className="text-xs leading-relaxed text-neutral-500">
          No revisions yet. Every save will be kept here.
        </p>
      ) : (
        <>
          <ol aria-label="Revisions" className="-mx-2 space-y-0.5">
            {items.map((item) => (
              <RevisionRow key={item.id} item={item} current={item.id === currentRevisionId} />
            ))}
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
              Load more
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}

function RevisionRow({ item, current }: { item: RevisionItem; current: boolean }) {
  return (
    <li className="rounded-md px-2 py-1.5 hover:bg-neutral-50">
      <p className="text-xs text-neutral-600">
        <span className="font-medium text-neutral-900 tabular-nums">#{item.number}</span> · {item.author.name}{" "}
        · <RelativeTime date={item.createdAt} />
      </p>
      {item.message ? <p className="mt-0.5 text-xs text-neutral-700">{item.message}</p> : null}
      <div className="mt-0.5 flex items-center gap-2 text-[11px] text-neutral-400 tabular-nums">
        {plural(item.wordCount, "word")}
        {current ? <Badge tone="accent">Current</Badge> : null}
      </div>
    </li>
  );
}
