"use client";

import { Loader2, MessageSquare, SearchX, TextSearch } from "lucide-react";
import { useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
import { QueryError } from "@/components/feedback/error-state.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { Link } from "@/components/ui/link.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import { threadHref } from "@/lib/section-url.ts";
import { sectionHref } from "../lib/search-links.ts";
import { useSearchGroup } from "../queries.ts";
import { SearchBox } from "./search-box.tsx";
import { SearchSyntaxHint } from "./search-syntax-hint.tsx";
import { Snippet } from "./snippet.tsx";

/** `/search?q=`: the sections and the comments that match, best first, in two groups. */
export function SearchPage() {
  const query = (useSearchParams().get("q") ?? "").trim();
  return (
    <main className="mx-auto w-full max-w-3xl px-6 pt-10 pb-20">
      <h1 className="text-xl font-semibold tracking-tight">Search</h1>
      <SearchBox key={query} defaultValue={query} size="lg" label="Search for" className="mt-5" />
      <SearchSyntaxHint className="mt-2 text-xs text-neutral-500" />
      {query ? (
        <div className="mt-10 space-y-12">
          <SectionResults query={query} />
          <CommentResults query={query} />
        </div>
      ) : (
        <EmptyState icon={TextSearch} title="Search every brief you can read" className="mt-10">
          Sections are searched as they are now; comments too. Press Enter to search.
        </EmptyState>
      )}
    </main>
  );
}

function GroupHeading({ title, total, capped }: { title: string; total?: number; capped?: boolean }) {
  return (
    <h2 className="mb-3 flex items-baseline gap-2 text-sm font-semibold text-neutral-900">
      {title}
      {total !== undefined ? (
        <span className="text-xs font-normal text-neutral-500 tabular-nums">
          {capped ? `more than ${total}` : total}
        </span>
      ) : null}
    </h2>
  );
}

type Group = ReturnType<typeof useSearchGroup>;

/**
 * One group of results (sections or comments): its heading and count, then the skeleton, the
 * error, the empty message or the list of links, and "Show more" while there are more pages.
 */
function ResultGroup<T>({
  kind,
  title,
  group,
  summary,
  items,
  skeletonRows,
  errorTitle,
  empty,
  itemKey,
  itemHref,
  renderItem,
}: {
  kind: string;
  title: string;
  group: Group;
  summary: { total: number; capped: boolean } | null | undefined;
  items: T[];
  skeletonRows?: number;
  errorTitle: string;
  empty: ReactNode;
  itemKey: (item: T) => string;
  itemHref: (item: T) => string;
  renderItem: (item: T) => ReactNode;
}) {
  return (
    <section aria-labelledby={`results-${kind}`}>
      <div id={`results-${kind}`}>
        <GroupHeading title={title} total={summary?.total} capped={summary?.capped} />
      </div>
      {group.isPending ? (
        <ResultsSkeleton rows={skeletonRows} />
      ) : group.isError ? (
        <QueryError title={errorTitle} query={group} />
      ) : items.length === 0 ? (
        empty
      ) : (
        <>
          <ol className="divide-y divide-neutral-100 rounded-xl border border-neutral-200">
            {items.map((item) => (
              <li key={itemKey(item)}>
                <Link
                  href={itemHref(item)}
                  className="block px-4 py-3 transition-colors first:rounded-t-xl last:rounded-b-xl hover:bg-neutral-50 focus-visible:bg-neutral-50"
                >
                  {renderItem(item)}
                </Link>
              </li>
            ))}
          </ol>
          <MoreButton group={group} />
        </>
      )}
    </section>
  );
}

function SectionResults({ query }: { query: string }) {
  const group = useSearchGroup(query, "sections");
  return (
    <ResultGroup
      kind="sections"
      title="Sections"
      group={group}
      summary={group.data?.pages[0]?.sections}
      items={group.data?.pages.flatMap((p) => p.sections?.items ?? []) ?? []}
      errorTitle="Couldn't search the sections"
      empty={
        <EmptyState icon={SearchX} title={`No section mentions “${query}”`}>
          Try fewer words, another form of the word, or check the spelling.
        </EmptyState>
      }
      itemKey={(hit) => hit.sectionId}
      itemHref={(hit) => sectionHref(hit.briefId, hit.sectionKey, hit.terms)}
      renderItem={(hit) => (
        <>
          <span className="flex items-baseline justify-between gap-3">
            <span className="text-sm font-medium text-neutral-900">{hit.sectionTitle}</span>
            <span className="shrink-0 text-xs text-neutral-400">
              <RelativeTime date={hit.lastEditedAt} />
            </span>
          </span>
          <span className="block text-xs text-neutral-500">{hit.country}</span>
          <Snippet segments={hit.snippet} className="mt-1.5" />
        </>
      )}
    />
  );
}

function CommentResults({ query }: { query: string }) {
  const group = useSearchGroup(query, "comments");
  return (
    <ResultGroup
      kind="comments"
      title="Comments"
      group={group}
      summary={group.data?.pages[0]?.comments}
      items={group.data?.pages.flatMap((p) => p.comments?.items ?? []) ?? []}
      skeletonRows={2}
      errorTitle="Couldn't search the comments"
      empty={
        <p className="rounded-xl border border-dashed border-neutral-300 px-4 py-5 text-center text-sm text-neutral-500">
          No comment mentions “{query}”.
        </p>
      }
      itemKey={(hit) => hit.threadId}
      itemHref={(hit) => threadHref(hit.briefId, hit.sectionKey, hit.threadId)}
      renderItem={(hit) => (
        <>
          <span className="flex items-center gap-2 text-xs text-neutral-500">
            <MessageSquare aria-hidden className="size-3.5" />
            <span className="font-medium text-neutral-800">{hit.authorName}</span>
            on {hit.sectionTitle} · {hit.country}
            {hit.threadStatus === "RESOLVED" ? <Badge tone="outline">Resolved</Badge> : null}
            <span className="ml-auto text-neutral-400">
              <RelativeTime date={hit.createdAt} />
            </span>
          </span>
          <Snippet segments={hit.snippet} className="mt-1.5" />
        </>
      )}
    />
  );
}

function MoreButton({
  group,
}: {
  group: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
}) {
  if (!group.hasNextPage) return null;
  return (
    <div className="mt-3 flex justify-center">
      <Button
        variant="secondary"
        size="sm"
        disabled={group.isFetchingNextPage}
        onClick={() => void group.fetchNextPage()}
      >
        {group.isFetchingNextPage ? <Loader2 aria-hidden className="animate-spin" /> : null}
        Show more
      </Button>
    </div>
  );
}

function ResultsSkeleton({ rows = 3 }: { rows?: number }) {
  return (
    <div role="status" aria-label="Searching" className="space-y-4 rounded-xl border border-neutral-200 p-4">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="space-y-2">
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-3 w-full" />
          <Skeleton className="h-3 w-2/3" />
        </div>
      ))}
    </div>
  );
}
