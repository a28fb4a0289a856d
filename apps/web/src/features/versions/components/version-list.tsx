"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowRight, GitCompareArrows, Stamp } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ErrorState } from "@/components/feedback/error-state.tsx";
import { Button } from "@/components/ui/button.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import { formatFull } from "@/lib/relative-time.ts";
import { cn } from "@/lib/utils.ts";
import { useTRPC } from "@/trpc/react.tsx";
import { StampVersionDialog } from "./stamp-version-dialog.tsx";
import { compareHref, NOW, PageShell, selectClass } from "./version-shared.tsx";

/** The brief's named versions, newest first: stamp one (editors), open one, compare two. */
export function VersionList({ briefId }: { briefId: string }) {
  const trpc = useTRPC();
  const versions = useQuery(trpc.versions.list.queryOptions({ briefId }));
  const brief = useQuery(trpc.briefs.get.queryOptions({ briefId }));
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
        <div role="status" aria-label="Loading versions" className="space-y-3">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-16 w-full rounded-xl" />
          ))}
        </div>
      ) : versions.isError ? (
        <ErrorState
          title="Couldn't load the versions"
          error={versions.error}
          onRetry={() => void versions.refetch()}
          retrying={versions.isFetching}
        />
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
          <ol
            aria-label="Named versions"
            className="divide-y divide-neutral-100 rounded-xl border border-neutral-200"
          >
            {versions.data.map((version, i) => {
              const older = versions.data[i + 1];
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
                    {older ? (
                      <Button asChild variant="ghost" size="sm">
                        <Link href={compareHref(briefId, older.id, version.id)}>Compare with previous</Link>
                      </Button>
                    ) : null}
                    <Button asChild variant="ghost" size="sm">
                      <Link href={compareHref(briefId, version.id, NOW)}>
                        <GitCompareArrows aria-hidden />
                        Compare with now
                      </Link>
                    </Button>
                  </div>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </PageShell>
  );
}

/** "Compare [v1] with [Now]": any two versions, or one and the brief as it is now. */
function ComparePicker({ briefId, versions }: { briefId: string; versions: { id: string; name: string }[] }) {
  const router = useRouter();
  const [from, setFrom] = useState(versions[0]!.id);
  const [to, setTo] = useState<string>(NOW);
  const fromId = useId();
  const toId = useId();
  return (
    <form
      aria-label="Compare versions"
      className="flex flex-wrap items-end gap-3 rounded-xl bg-neutral-50 px-4 py-3"
      onSubmit={(e) => {
        e.preventDefault();
        router.push(compareHref(briefId, from, to));
      }}
    >
      <div className="space-y-1">
        <label htmlFor={fromId} className="block text-xs font-medium text-neutral-500">
          From
        </label>
        <select id={fromId} className={selectClass} value={from} onChange={(e) => setFrom(e.target.value)}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </div>
      <ArrowRight aria-hidden className="mb-2 size-3.5 text-neutral-400" />
      <div className="space-y-1">
        <label htmlFor={toId} className="block text-xs font-medium text-neutral-500">
          To
        </label>
        <select id={toId} className={selectClass} value={to} onChange={(e) => setTo(e.target.value)}>
          <option value={NOW}>Now (current text)</option>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={from === to}>
        <GitCompareArrows aria-hidden />
        Compare
      </Button>
    </form>
  );
}
