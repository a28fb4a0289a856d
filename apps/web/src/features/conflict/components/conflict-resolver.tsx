"use client";

import { diffDocuments, type JSONContent } from "@dossier/editor";
import type { DocumentJson } from "@dossier/schema";
import { GitMerge, Loader2, TriangleAlert } from "lucide-react";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import {
  type ConflictScreenProps,
  DocumentSkeleton,
  DocumentView,
  useFetchLatestSection,
} from "@/features/editor/index.ts";
import { contributorNames, useRevision } from "@/features/history/index.ts";
import { errorMessage, isTRPCClientError } from "@/trpc/errors.ts";
import { useResolveConflict } from "../queries.ts";

import { ConflictPlaces, Differences, VersionCard } from "./conflict-parts.tsx";
import { MergeEditor } from "./merge-editor.tsx";

type Choice = { choice: "mine" } | { choice: "theirs" } | { choice: "merged"; merged: DocumentJson };

/**
 * The choose screen after a save was refused because someone saved overlapping changes first.
 * Nothing was overwritten: the analyst sees their version beside the current one, with the
 * differences, and keeps one of them or writes a merged text. `revisions.resolveConflict` writes
 * the choice as a new revision and always keeps the other text in history; the editor then loads
 * the result (`onResolved`) and autosave resumes from it.
 */
export function ConflictResolver({
  briefId,
  sectionId,
  sectionKey,
  failure,
  getMine,
  onResolved,
}: ConflictScreenProps & { briefId: string; sectionId: string; sectionKey: string }) {
  const fetchLatest = useFetchLatestSection();
  const [open, setOpen] = useState(true);
  const [mine, setMine] = useState(getMine);
  const [theirsId, setTheirsId] = useState(failure.conflict?.currentRevisionId ?? null);
  const [changedAgain, setChangedAgain] = useState(false);
  const [mode, setMode] = useState<"choose" | "merge">("choose");
  const [problem, setProblem] = useState<string | null>(null);

  /** Finds the section's newest revision (when the error didn't say, or it changed again). */
  const refreshTheirs = useCallback(async () => {
    const fresh = await fetchLatest(briefId, sectionKey);
    setTheirsId(fresh.current?.id ?? null);
  }, [briefId, fetchLatest, sectionKey]);

  useEffect(() => {
    if (!theirsId) void refreshTheirs().catch(() => {});
  }, [theirsId, refreshTheirs]);

  const theirs = useRevision(theirsId);

  const diff = useMemo(() => {
    if (!theirs.data) return null;
    try {
      return diffDocuments(theirs.data.content as JSONContent, mine as JSONContent);
    } catch {
      return null;
    }
  }, [theirs.data, mine]);

  const resolve = useResolveConflict();

  async function choose(picked: Choice) {
    if (!theirsId || !theirs.data) return;
    setProblem(null);
    try {
      const written = await resolve.mutateAsync({ ...picked, sectionId, theirsRevisionId: theirsId, mine });
      const content =
        picked.choice === "mine"
          ? mine
          : picked.choice === "theirs"
            ? (theirs.data.content as DocumentJson)
            : picked.merged;
      setOpen(false);
      onResolved(written, content);
    } catch (error) {
      if (isTRPCClientError(error) && error.data?.code === "CONFLICT") {
        setChangedAgain(true);
        setMode("choose");
        await refreshTheirs().catch(() => {});
      } else {
        setProblem(errorMessage(error));
      }
    }
  }

  function onOpenChange(next: boolean) {
    if (next) setMine(getMine());
    setOpen(next);
  }

  const author = theirs.data ? contributorNames(theirs.data) : null;
  const busy = resolve.isPending;

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-danger/20 bg-danger-soft px-4 py-3 text-sm text-neutral-700">
        <TriangleAlert aria-hidden className="size-4 shrink-0 text-danger" />
        <p className="min-w-0 flex-1">
          This section changed while you were editing. Your latest changes aren't saved yet: they are kept on
          this device until you choose what to keep.
        </p>
        <Button variant="secondary" size="sm" onClick={() => onOpenChange(true)}>
          Review and choose
        </Button>
      </div>
      <Dialog open={open} onOpenChange={onOpenChange}>
        <DialogContent
          className="top-[3vh] max-h-[94vh] max-w-6xl overflow-y-auto p-0"
          onOpenAutoFocus={(event) => {
            // Land on the explanation, not on the close button.
            event.preventDefault();
            (event.currentTarget as HTMLElement | null)?.focus();
          }}
        >
          <div className="border-b border-neutral-200 px-6 pt-6 pb-5">
            <DialogTitle className="pr-8 text-lg tracking-tight">
              This section changed while you were editing
            </DialogTitle>
            <DialogDescription className="mt-1.5 max-w-3xl leading-relaxed">
              {theirs.data ? (
                <>
                  {author} saved #{theirs.data.number} <RelativeTime date={theirs.data.createdAt} />, and some
                  of your edits overlap theirs.{" "}
                </>
              ) : (
                "Someone saved this section while you were writing, and some of your edits overlap theirs. "
              )}
              Nothing has been overwritten. Choose the text to keep; the other one stays in the history.
            </DialogDescription>
            {changedAgain ? (
              <p role="alert" className="mt-3 text-sm text-amber-800">
                It changed again while you were choosing. Below is the newest version.
              </p>
            ) : null}
            <ConflictPlaces failure={failure} />
            {mode === "choose" ? (
              <div className="mt-4 flex flex-wrap gap-2">
                <Button onClick={() => void choose({ choice: "mine" })} disabled={busy || !theirs.data}>
                  {busy && resolve.variables?.choice === "mine" ? (
                    <Loader2 aria-hidden className="animate-spin" />
                  ) : null}
                  Keep mine
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => void choose({ choice: "theirs" })}
                  disabled={busy || !theirs.data}
                >
                  {busy && resolve.variables?.choice === "theirs" ? (
                    <Loader2 aria-hidden className="animate-spin" />
                  ) : null}
                  Keep theirs
                </Button>
                <Button variant="secondary" onClick={() => setMode("merge")} disabled={busy || !theirs.data}>
                  <GitMerge aria-hidden />
                  Edit merged text
                </Button>
              </div>
            ) : null}
            {problem ? (
              <p role="alert" className="mt-3 text-sm text-danger">
                Couldn't save your choice. {problem}
              </p>
            ) : null}
          </div>

          {theirs.isError ? (
            <div className="px-6 py-5">
              <p role="alert" className="text-sm text-neutral-600">
                Couldn't load the current version. {errorMessage(theirs.error)}{" "}
                <Button variant="link" size="sm" onClick={() => void theirs.refetch()}>
                  Try again
                </Button>
              </p>
            </div>
          ) : mode === "merge" && theirs.data ? (
            <MergeEditor
              mine={mine}
              theirs={theirs.data.content as DocumentJson}
              busy={busy}
              onBack={() => setMode("choose")}
              onSave={(merged) => void choose({ choice: "merged", merged })}
            />
          ) : (
            <div className="grid gap-4 px-6 py-5 md:grid-cols-2">
              <VersionCard title="Your version" meta="Not saved · on this device">
                <DocumentView label="Your text" content={mine} />
              </VersionCard>
              <VersionCard
                title="Current version"
                meta={
                  theirs.data ? (
                    <>
                      #{theirs.data.number} · {author} · <RelativeTime date={theirs.data.createdAt} />
                    </>
                  ) : (
                    "Loading…"
                  )
                }
              >
                {theirs.data ? (
                  <DocumentView label="Current text" content={theirs.data.content} />
                ) : (
                  <DocumentSkeleton label="Loading the current version" />
                )}
              </VersionCard>
            </div>
          )}

          <Differences diff={diff} loading={!theirs.data && !theirs.isError} />
        </DialogContent>
      </Dialog>
    </>
  );
}
