"use client";

import { QueryError } from "@/components/feedback/error-state.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { Skeleton, SkeletonList } from "@/components/ui/skeleton.tsx";
import { useBrief } from "@/features/briefs/index.ts";
import { StaticDocument } from "@/features/editor/index.ts";
import { ExportMenu } from "@/features/export/index.ts";
import { formatFull } from "@/lib/relative-time.ts";
import { cn } from "@/lib/utils.ts";
import { useVersion, useVersions } from "../queries.ts";
import { CompareLinks, PageShell, versionsTrail, withDepth } from "./version-shared.tsx";

/** The whole brief as it was at a named version: every section in order, read-only. */
export function VersionDetail({ briefId, versionId }: { briefId: string; versionId: string }) {
  const version = useVersion(versionId);
  const brief = useBrief(briefId);
  const versions = useVersions(briefId);
  const trail = versionsTrail(briefId, brief.data?.country);

  if (version.isPending) {
    return <VersionLoading trail={trail} />;
  }
  if (version.isError) {
    return (
      <PageShell trail={trail} title="Version">
        <QueryError title="Couldn't open this version" query={version} />
      </PageShell>
    );
  }

  const data = version.data;
  const sections = withDepth(data.sections);
  const leaves = data.sections.filter((s) => s.isLeaf);
  const written = leaves.filter((s) => s.revision).length;
  const list = versions.data ?? [];
  const index = list.findIndex((v) => v.id === data.id);
  const previous = index >= 0 ? list[index + 1] : undefined;

  return (
    <PageShell
      trail={trail}
      title={data.name}
      meta={
        <>
          Stamped by <span className="text-neutral-700">{data.createdBy.name}</span> ·{" "}
          <span title={formatFull(data.createdAt)}>
            {formatFull(data.createdAt)} (<RelativeTime date={data.createdAt} />)
          </span>
        </>
      }
      description={data.note ?? undefined}
      actions={
        <>
          <CompareLinks
            briefId={briefId}
            versionId={data.id}
            previous={previous ? { id: previous.id, label: `Compare with ${previous.name}` } : undefined}
            nowVariant="secondary"
          />
          <ExportMenu briefId={briefId} versionId={data.id} />
        </>
      }
    >
      <p className="mb-4 text-xs text-neutral-500 tabular-nums">
        {written} of {leaves.length} sections written at this version · read-only
      </p>
      <article
        aria-label={`${brief.data?.title ?? "The brief"} at ${data.name}`}
        className="rounded-xl border border-neutral-200 px-6 py-8 sm:px-10"
      >
        {brief.data ? (
          <h2 className="mb-8 text-xl font-semibold tracking-tight text-balance text-neutral-900">
            {brief.data.title}
          </h2>
        ) : null}
        <VersionSections sections={sections} />
      </article>
    </PageShell>
  );
}

type FrozenSection = ReturnType<
  typeof withDepth<NonNullable<ReturnType<typeof useVersion>["data"]>["sections"][number]>
>[number];

/** Every section at this version, in order: group headings, and each leaf's frozen text. */
function VersionSections({ sections }: { sections: FrozenSection[] }) {
  return (
    <div className="space-y-8">
      {sections.map((section) => {
        const Heading = section.depth === 0 ? "h3" : section.depth === 1 ? "h4" : "h5";
        if (!section.isLeaf) {
          return (
            <Heading
              key={section.id}
              className={cn(
                "font-semibold tracking-tight text-neutral-900",
                section.depth === 0 ? "border-t border-neutral-200 pt-8 text-lg" : "text-base",
              )}
            >
              {section.title}
            </Heading>
          );
        }
        const revision = section.revision;
        if (!revision) {
          // Empty at this version: one quiet line, so a half-written brief stays readable.
          return (
            <p key={section.id} id={section.key} className="-mt-4 text-sm text-neutral-400">
              {section.title} <span className="text-xs">· not written</span>
            </p>
          );
        }
        return (
          <section key={section.id} id={section.key} aria-labelledby={`v-${section.id}`}>
            <div className="mb-2 flex items-baseline justify-between gap-4">
              <Heading
                id={`v-${section.id}`}
                className={cn(
                  "font-semibold text-neutral-900",
                  section.depth === 0 ? "text-base" : "text-[15px]",
                )}
              >
                {section.title}
              </Heading>
              <span
                className="shrink-0 text-[11px] text-neutral-400 tabular-nums"
                title={`Revision #${revision.number} by ${revision.author.name}, ${formatFull(revision.createdAt)}`}
              >
                #{revision.number} · {revision.author.name}
              </span>
            </div>
            <StaticDocument label={section.title} content={revision.content} />
          </section>
        );
      })}
    </div>
  );
}

function VersionLoading({ trail }: { trail: { label: string; href: string }[] }) {
  return (
    <PageShell trail={trail} title={<Skeleton className="h-7 w-48" />}>
      <SkeletonList label="Loading version" count={4} className="space-y-4" itemClassName="h-24 w-full" />
    </PageShell>
  );
}
