"use client";

import { GitCompareArrows, Stamp } from "lucide-react";
import { useState } from "react";
import { QueryError } from "@/components/feedback/error-state.tsx";
import { Button } from "@/components/ui/button.tsx";
import { FromToPicker } from "@/components/ui/from-to-picker.tsx";
import { Link } from "@/components/ui/link.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { SkeletonList } from "@/components/ui/skeleton.tsx";
import { useBrief } from "@/features/briefs/index.ts";
import { useNavigate } from "@/hooks/use-navigate.ts";
import { formatFull } from "@/lib/relative-time.ts";
import { cn } from "@/lib/utils.ts";
import { useVersions } from "../queries.ts";
import { StampVersionDialog } from "./stamp-version-dialog.tsx";
import { CompareLinks, compareHref, NOW, NOW_OPTION, PageShell, versionOptions } from "./version-shared.tsx";

/** The brief's named versions, newest first: stamp one (editors), open one, compare two. */
export function VersionList({ briefId }: { briefId: string }) {
  const versions = useVersions(briefId);
  const brief = useBrief(briefId);
  const [stampedId, setStampedId] = useState<string | null>(null);
  const canEdit = brief.data?.canEdit ?? false;

  return (
    <PageShell
      trail={[{ label: brief.data?.country ?? "Brief", href: `/briefs/${briefId}` }]}
      title="Versions"
      description="A named version freezes every section's text at one moment, such as “v1 — sent to the Deputy”. Open one to read the brief as it was, or compare two."
      actions={
        canEdit ? <StampVersionDialog briefId={briefId} onStamped={(v) => setStampedId(v.id)} /> : null
      }
    >
      {versions.isPending ? (
        <SkeletonList
          label="Loading versions"
          count={3}
          className="space-y-3"
          itemClassName="h-16 w-full rounded-xl"
        />
      ) : versions.isError ? (
        <QueryError title="Couldn't load the versions" query={versions} />
      ) : versions.data.length === 0 ? (
        <div className="rounded-xl border border-dashed border-neutral-300 px-6 py-12 text-center">
          <Stamp aria-hidden className="mx-auto mb-3 size-5 text-neutral-400" />
          <h2 className="text-sm font-semibold text-neutral-900">No named versions yet</h2>
          <p className="mx-auto mt-1 max-w-sm text-sm text-neutral-500">
            {canEdit
              ? "Stamp the brief when it goes out, so you can always read and compare exactly what was sent."
              : "When an editor stamps the brief, its versions appear here."}
          </p>
        </div>
      ) : (
        <div className="space-y-8">
          <ComparePicker briefId={briefId} versions={versions.data} />
          <VersionRows briefId={briefId} versions={versions.data} stampedId={stampedId} />
        </div>
      )}
    </PageShell>
  );
}

/** "Compare [v1] with [Now]": any two versions, or one and the brief as it is now. */
function ComparePicker({ briefId, versions }: { briefId: string; versions: { id: string; name: string }[] }) {
  const navigate = useNavigate();
  const [from, setFrom] = useState(versions[0]?.id ?? "");
  const [to, setTo] = useState<string>(NOW);
  return (
    <form
      aria-label="Compare versions"
      className="flex flex-wrap items-end gap-3 rounded-xl bg-neutral-50 px-4 py-3"
      onSubmit={(e) => {
        e.preventDefault();
        navigate(compareHref(briefId, from, to));
      }}
    >
      <FromToPicker
        from={from}
        to={to}
        fromOptions={versionOptions(versions)}
        toOptions={[NOW_OPTION, ...versionOptions(versions)]}
        onChange={(nextFrom, nextTo) => {
          setFrom(nextFrom);
          setTo(nextTo);
        }}
      />
      <Button type="submit" variant="secondary" disabled={from === to}>
        <GitCompareArrows aria-hidden />
        Compare
      </Button>
    </form>
  );
}

type NamedVersion = NonNullable<ReturnType<typeof useVersions>["data"]>[number];

function VersionRows({
  briefId,
  versions,
  stampedId,
}: {
  briefId: string;
  versions: NamedVersion[];
  stampedId: string | null;
}) {
  return (
    <ol
      aria-label="Named versions"
      className="divide-y divide-neutral-100 rounded-xl border border-neutral-200"
    >
      {versions.map((version, i) => {
        const older = versions[i + 1];
        return (
          <li
            key={version.id}
            className={cn(
              "flex flex-wrap items-start gap-x-6 gap-y-2 px-4 py-3.5 transition-colors first:rounded-t-xl last:rounded-b-xl",
              version.id === stampedId && "bg-accent-soft/60",
            )}
          >
            <div className="min-w-0 flex-1">
              <Link
                href={`/briefs/${briefId}/versions/${version.id}`}
                className="text-sm font-medium text-neutral-900 underline-offset-2 hover:underline"
              >
                {version.name}
              </Link>
              {version.note ? (
                <p className="mt-0.5 text-sm text-pretty text-neutral-600">{version.note}</p>
              ) : null}
              <p className="mt-1 text-xs text-neutral-500">
                {version.createdBy.name} ·{" "}
                <span title={formatFull(version.createdAt)}>
                  <RelativeTime date={version.createdAt} />
                </span>
              </p>
            </div>
            <div className="flex items-center gap-1">
              <CompareLinks
                briefId={briefId}
                versionId={version.id}
                previous={older ? { id: older.id, label: "Compare with previous" } : undefined}
              />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
