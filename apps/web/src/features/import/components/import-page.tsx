"use client";

import { FileText, Loader2 } from "lucide-react";
import { useState } from "react";
import { ErrorState } from "@/components/feedback/error-state.tsx";
import { Button } from "@/components/ui/button.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { Progress } from "@/components/ui/progress.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import type { ImportPreview } from "../lib/import-plan.ts";
import { useImportPreview } from "../queries.ts";
import { CreateBriefForm } from "./create-brief-form.tsx";
import { PlannedSections } from "./planned-sections.tsx";
import { type ImportSource, SourcePicker } from "./source-picker.tsx";
import { UnmatchedList } from "./unmatched-list.tsx";

/**
 * `/import`: a Markdown file (or pasted text) → a preview of where every part lands, with a
 * section picker for the parts that matched nothing → "Create brief". The preview writes nothing.
 */
export function ImportPage({ canImport }: { canImport: boolean }) {
  const [source, setSource] = useState<ImportSource | null>(null);
  const [overrides, setOverrides] = useState<Record<string, string>>({});
  const preview = useImportPreview();
  // The last preview stays on screen while a section choice is applied (a mutation forgets its
  // data when it runs again).
  const [plan, setPlan] = useState<ImportPreview | null>(null);

  const run = (next: ImportSource, nextOverrides: Record<string, string>) =>
    preview.mutate({ ...next, overrides: nextOverrides }, { onSuccess: setPlan });
  const choose = (next: ImportSource) => {
    setSource(next);
    setOverrides({});
    setPlan(null);
    run(next, {});
  };
  const redirect = (pieceId: string, sectionKey: string) => {
    if (!source) return;
    const next = { ...overrides, [pieceId]: sectionKey };
    setOverrides(next);
    run(source, next);
  };
  const restart = () => {
    setSource(null);
    setOverrides({});
    setPlan(null);
    preview.reset();
  };

  return (
    <main className="mx-auto w-full max-w-5xl px-6 pt-10 pb-20">
      <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Import a brief from Markdown</h1>
          <p className="mt-1 max-w-xl text-sm text-pretty text-neutral-500">
            Each heading that names a template section fills it. You'll see where every part of the file lands
            before anything is created.
          </p>
        </div>
        {source ? (
          <Button variant="secondary" onClick={restart}>
            Choose another file
          </Button>
        ) : null}
      </div>
      {!canImport ? (
        <EmptyState icon={FileText} title="Only admins and editors can import briefs">
          Ask one of them to import the file, then to add you to the brief.
        </EmptyState>
      ) : !source ? (
        <div className="max-w-2xl">
          <SourcePicker onSource={choose} />
        </div>
      ) : plan ? (
        <PreviewLayout
          key={source.fileName}
          source={source}
          preview={plan}
          overrides={overrides}
          onTarget={redirect}
          updating={preview.isPending}
          error={preview.error}
        />
      ) : preview.isError ? (
        <ErrorState
          title="Couldn't read this file"
          error={preview.error}
          onRetry={() => run(source, overrides)}
        />
      ) : (
        <PreviewSkeleton />
      )}
    </main>
  );
}

function PreviewLayout({
  source,
  preview,
  overrides,
  onTarget,
  updating,
  error,
}: {
  source: ImportSource;
  preview: ImportPreview;
  overrides: Record<string, string>;
  onTarget: (pieceId: string, sectionKey: string) => void;
  updating: boolean;
  error: unknown;
}) {
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0 space-y-6">
        {error ? <ErrorState title="Couldn't update the preview" error={error} /> : null}
        {preview.unmatched.length > 0 ? (
          <UnmatchedList
            unmatched={preview.unmatched}
            sections={preview.sections}
            onTarget={onTarget}
            disabled={updating}
          />
        ) : (
          <p className="rounded-xl border border-emerald-200 bg-emerald-50/50 px-4 py-3 text-sm text-emerald-900">
            Every heading of the file matched a section.
          </p>
        )}
        <PlannedSections sections={preview.sections} unmatched={preview.unmatched} />
      </div>
      <aside aria-label="Create the brief" className="lg:sticky lg:top-20 lg:self-start">
        <div className="space-y-5 rounded-xl border border-neutral-200 p-5">
          <div>
            <p className="flex items-center gap-2 text-sm font-medium text-neutral-900">
              <FileText aria-hidden className="size-4 text-neutral-400" />
              <span className="truncate">{preview.fileName}</span>
              {updating ? (
                <Loader2
                  aria-label="Updating the preview"
                  className="size-3.5 animate-spin text-neutral-400"
                />
              ) : null}
            </p>
            <p className="mt-2 text-sm text-neutral-600 tabular-nums">
              <span className="font-semibold text-neutral-900">{preview.filledCount}</span> of{" "}
              {preview.leafCount} sections get text; {preview.emptySections.length} stay empty.
            </p>
            <Progress
              value={preview.filledCount}
              max={preview.leafCount}
              label="Sections filled"
              className="mt-2"
            />
          </div>
          <CreateBriefForm
            source={source}
            overrides={overrides}
            country={preview.country}
            title={preview.title}
            disabled={updating}
          />
          <p className="text-xs text-neutral-500">
            Each filled section starts at revision 1, “Imported from {preview.fileName}”, credited to you.
          </p>
        </div>
      </aside>
    </div>
  );
}

function PreviewSkeleton() {
  return (
    <div
      role="status"
      aria-label="Reading the file"
      className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]"
    >
      <div className="space-y-3">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <Skeleton key={i} className="h-10 w-full" />
        ))}
      </div>
      <Skeleton className="h-64 w-full" />
    </div>
  );
}
