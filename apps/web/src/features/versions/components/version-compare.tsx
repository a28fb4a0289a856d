"use client";

import { ChevronRight, Loader2 } from "lucide-react";
import { useRouter, useSearchParams } from "next/navigation";
import { QueryError } from "@/components/feedback/error-state.tsx";
import { FromToPicker } from "@/components/ui/from-to-picker.tsx";
import { Link } from "@/components/ui/link.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import { useBrief } from "@/features/briefs/index.ts";
import { StaticDocument } from "@/features/editor/index.ts";
import { DiffLegend } from "@/features/history/index.ts";
import { plural } from "@/lib/labels.ts";
import { useVersionCompare, useVersions } from "../queries.ts";
import { compareHref, NOW, NOW_OPTION, PageShell, versionOptions, versionsTrail } from "./version-shared.tsx";

/**
 * Two named versions of a brief (or one and now), section by section: the sections that changed,
 * each with its rich diff, then the unchanged ones folded into one disclosure.
 */
export function VersionCompare({ briefId }: { briefId: string }) {
  const router = useRouter();
  const params = useSearchParams();
  const versions = useVersions(briefId);
  const brief = useBrief(briefId);

  const list = versions.data ?? [];
  const fromId = params.get("from") ?? list[0]?.id ?? null;
  const to = params.get("to") ?? NOW;
  const toId = to === NOW ? null : to;

  const compare = useVersionCompare(briefId, fromId, toId);

  const nameOf = (id: string | null) => (id === null ? "now" : (list.find((v) => v.id === id)?.name ?? "…"));
  const trail = versionsTrail(briefId, brief.data?.country);
  const go = (from: string, nextTo: string) =>
    router.replace(compareHref(briefId, from, nextTo), { scroll: false });

  if (versions.isSuccess && list.length === 0) {
    return (
      <PageShell trail={trail} title="Compare versions">
        <p className="rounded-xl border border-dashed border-neutral-300 px-6 py-10 text-center text-sm text-neutral-500">
          There are no named versions to compare yet.{" "}
          <Link
            href={`/briefs/${briefId}/versions`}
            className="text-accent underline-offset-2 hover:underline"
          >
            Stamp one
          </Link>{" "}
          first.
        </p>
      </PageShell>
    );
  }

  const sections = compare.data ?? [];
  const changed = sections.filter((s) => s.changed);
  const unchanged = sections.filter((s) => !s.changed);

  return (
    <PageShell
      trail={trail}
      title={`Comparing ${nameOf(fromId)} → ${nameOf(toId)}`}
      toolbar={
        <CompareToolbar
          fromId={fromId}
          to={to}
          versions={list}
          summary={compare.data ? { changed: changed.length, unchanged: unchanged.length } : null}
          updating={compare.isPlaceholderData}
          onChange={go}
        />
      }
    >
      {fromId !== null && fromId === toId ? (
        <p className="rounded-xl border border-neutral-200 bg-neutral-50 px-4 py-3 text-sm text-neutral-600">
          That's the same version twice: pick another one to compare with.
        </p>
      ) : compare.isPending || versions.isPending ? (
        <CompareSkeleton />
      ) : compare.isError && !compare.data ? (
        <QueryError title="Couldn't compare these versions" query={compare} />
      ) : (
        <CompareResults
          briefId={briefId}
          sections={sections}
          fromName={nameOf(fromId)}
          toName={nameOf(toId)}
        />
      )}
    </PageShell>
  );
}

type ComparedSection = NonNullable<ReturnType<typeof useVersionCompare>["data"]>[number];

/** The changed sections with their diffs, then the unchanged ones folded away. */
function CompareResults({
  briefId,
  sections,
  fromName,
  toName,
}: {
  briefId: string;
  sections: ComparedSection[];
  fromName: string;
  toName: string;
}) {
  const changed = sections.filter((s) => s.changed);
  const unchanged = sections.filter((s) => !s.changed);
  return (
    <div className="space-y-6">
      {changed.length === 0 ? (
        <p className="rounded-xl border border-neutral-200 bg-neutral-50 px-4 py-3 text-sm text-neutral-600">
          No section changed between {fromName} and {toName}.
        </p>
      ) : (
        <>
          <DiffLegend />
          <ol aria-label="Changed sections" className="space-y-5">
            {changed.map((section) => (
              <li key={section.id}>
                <section aria-labelledby={`c-${section.id}`} className="rounded-xl border border-neutral-200">
                  <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-neutral-100 px-5 py-3">
                    <h2 id={`c-${section.id}`} className="text-sm font-semibold text-neutral-900">
                      <Link
                        href={`/briefs/${briefId}/${section.key}`}
                        className="underline-offset-2 hover:underline"
                      >
                        {section.title}
                      </Link>
                    </h2>
                    <p className="text-xs text-neutral-500 tabular-nums">
                      {section.fromNumber ? `#${section.fromNumber}` : "empty"} →{" "}
                      {section.toNumber ? `#${section.toNumber}` : "empty"} ·{" "}
                      {plural(section.diff?.changes ?? 0, "change")}
                    </p>
                  </header>
                  <div className="px-5 py-4">
                    {section.diff ? (
                      <StaticDocument
                        kind="diff"
                        label={`Changes to ${section.title}`}
                        content={section.diff.doc}
                      />
                    ) : null}
                  </div>
                </section>
              </li>
            ))}
          </ol>
        </>
      )}
      {unchanged.length > 0 ? (
        <details className="group rounded-xl border border-neutral-200">
          <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-xl px-5 py-3 text-sm text-neutral-600 hover:bg-neutral-50 [&::-webkit-details-marker]:hidden">
            <ChevronRight
              aria-hidden
              className="size-4 text-neutral-400 transition-transform group-open:rotate-90"
            />
            {plural(unchanged.length, "unchanged section")}
          </summary>
          <ul className="columns-1 gap-6 border-t border-neutral-100 px-5 py-3 text-sm text-neutral-500 sm:columns-2">
            {unchanged.map((section) => (
              <li key={section.id} className="break-inside-avoid py-0.5">
                <Link href={`/briefs/${briefId}/${section.key}`} className="hover:text-neutral-900">
                  {section.title}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function CompareToolbar({
  fromId,
  to,
  versions,
  summary,
  updating,
  onChange,
}: {
  fromId: string | null;
  to: string;
  versions: { id: string; name: string }[];
  summary: { changed: number; unchanged: number } | null;
  updating: boolean;
  onChange: (from: string, to: string) => void;
}) {
  return (
    <div className="flex flex-wrap items-end gap-3 rounded-xl bg-neutral-50 px-4 py-3">
      <FromToPicker
        from={fromId ?? ""}
        to={to}
        fromOptions={versionOptions(versions)}
        toOptions={[NOW_OPTION, ...versionOptions(versions)]}
        onChange={(from, nextTo) => from && onChange(from, nextTo)}
      />
      {summary ? (
        <p className="mb-1.5 ml-auto text-xs text-neutral-500 tabular-nums">
          {updating ? <Loader2 aria-label="Updating" className="mr-1 inline size-3 animate-spin" /> : null}
          {plural(summary.changed, "section")} changed · {summary.unchanged} unchanged
        </p>
      ) : null}
    </div>
  );
}

function CompareSkeleton() {
  return (
    <div role="status" aria-label="Comparing versions" className="space-y-4">
      {[0, 1].map((i) => (
        <div key={i} className="space-y-2 rounded-xl border border-neutral-200 p-5">
          <Skeleton className="h-4 w-48" />
          <Skeleton className="h-3 w-full" />
          <Skeleton className="h-3 w-5/6" />
        </div>
      ))}
    </div>
  );
}
