"use client";

import type { DocumentJson } from "@dossier/schema";
import { GitMerge, Loader2, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { type ConflictScreenProps, DocumentSkeleton, DocumentView } from "@/features/editor/index.ts";
import { contributorNames } from "@/features/history/index.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { type ConflictResolution, useConflictResolution } from "../hooks/use-conflict-resolution.ts";
import { ConflictPlaces, Differences, VersionCard } from "./conflict-parts.tsx";
import { MergeEditor } from "./merge-editor.tsx";

/**
 * The choose screen after a save was refused because someone saved overlapping changes first.
 * Nothing was overwritten: the analyst sees their version beside the current one, with the
 * differences, and keeps one of them or writes a merged text. `revisions.resolveConflict` writes
 * the choice as a new revision and always keeps the other text in history; the editor then loads
 * the result (`onResolved`) and autosave resumes from it.
 */
export function ConflictResolver(
  props: ConflictScreenProps & { briefId: string; sectionId: string; sectionKey: string },
) {
  const r = useConflictResolution(props);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-danger/20 bg-danger-soft px-4 py-3 text-sm text-neutral-700">
        <TriangleAlert aria-hidden className="size-4 shrink-0 text-danger" />
        <p className="min-w-0 flex-1">
          This section changed while you were editing. Your latest changes aren't saved yet: they are kept on
          this device until you choose what to keep.
        </p>
        <Button variant="secondary" size="sm" onClick={() => r.onOpenChange(true)}>
          Review and choose
        </Button>
      </div>
      <Dialog open={r.open} onOpenChange={r.onOpenChange}>
        <DialogContent
          className="top-[3vh] max-h-[94vh] max-w-6xl overflow-y-auto p-0"
          onOpenAutoFocus={(event) => {
            // Land on the explanation, not on the close button.
            event.preventDefault();
            (event.currentTarget as HTMLElement | null)?.focus();
          }}
        >
          <ChooseHeader r={r} failure={props.failure} />
          <ConflictBody r={r} />
          <Differences diff={r.diff} loading={!r.theirs.data && !r.theirs.isError} />
        </DialogContent>
      </Dialog>
    </>
  );
}

/** What happened, where the two versions overlap, and the three ways out. */
function ChooseHeader({ r, failure }: { r: ConflictResolution; failure: ConflictScreenProps["failure"] }) {
  const theirs = r.theirs.data;
  const busy = r.resolve.isPending;
  const choosing = (choice: string) =>
    busy && r.resolve.variables?.choice === choice ? <Loader2 aria-hidden className="animate-spin" /> : null;
  return (
    <div className="border-b border-neutral-200 px-6 pt-6 pb-5">
      <DialogTitle className="pr-8 text-lg tracking-tight">
        This section changed while you were editing
      </DialogTitle>
      <DialogDescription className="mt-1.5 max-w-3xl leading-relaxed">
        {theirs ? (
          <>
            {contributorNames(theirs)} saved #{theirs.number} <RelativeTime date={theirs.createdAt} />, and
            some of your edits overlap theirs.{" "}
          </>
        ) : (
          "Someone saved this section while you were writing, and some of your edits overlap theirs. "
        )}
        Nothing has been overwritten. Choose the text to keep; the other one stays in the history.
      </DialogDescription>
      {r.changedAgain ? (
        <p role="alert" className="mt-3 text-sm text-amber-800">
          It changed again while you were choosing. Below is the newest version.
        </p>
      ) : null}
      <ConflictPlaces failure={failure} />
      {r.mode === "choose" ? (
        <div className="mt-4 flex flex-wrap gap-2">
          <Button onClick={() => void r.choose({ choice: "mine" })} disabled={busy || !theirs}>
            {choosing("mine")}
            Keep mine
          </Button>
          <Button
            variant="secondary"
            onClick={() => void r.choose({ choice: "theirs" })}
            disabled={busy || !theirs}
          >
            {choosing("theirs")}
            Keep theirs
          </Button>
          <Button variant="secondary" onClick={() => r.setMode("merge")} disabled={busy || !theirs}>
            <GitMerge aria-hidden />
            Edit merged text
          </Button>
        </div>
      ) : null}
      {r.problem ? (
        <p role="alert" className="mt-3 text-sm text-danger">
          Couldn't save your choice. {r.problem}
        </p>
      ) : null}
    </div>
  );
}

/** The two versions side by side, or the merged-text editor. */
function ConflictBody({ r }: { r: ConflictResolution }) {
  const theirs = r.theirs.data;
  if (r.theirs.isError) {
    return (
      <div className="px-6 py-5">
        <p role="alert" className="text-sm text-neutral-600">
          Couldn't load the current version. {errorMessage(r.theirs.error)}{" "}
          <Button variant="link" size="sm" onClick={() => void r.theirs.refetch()}>
            Try again
          </Button>
        </p>
      </div>
    );
  }
  if (r.mode === "merge" && theirs) {
    return (
      <MergeEditor
        mine={r.mine}
        theirs={theirs.content as DocumentJson}
        busy={r.resolve.isPending}
        onBack={() => r.setMode("choose")}
        onSave={(merged) => void r.choose({ choice: "merged", merged })}
      />
    );
  }
  return (
    <div className="grid gap-4 px-6 py-5 md:grid-cols-2">
      <VersionCard title="Your version" meta="Not saved · on this device">
        <DocumentView label="Your text" content={r.mine} />
      </VersionCard>
      <VersionCard
        title="Current version"
        meta={
          theirs ? (
            <>
              #{theirs.number} · {contributorNames(theirs)} · <RelativeTime date={theirs.createdAt} />
            </>
          ) : (
            "Loading…"
          )
        }
      >
        {theirs ? (
          <DocumentView label="Current text" content={theirs.content} />
        ) : (
          <DocumentSkeleton label="Loading the current version" />
        )}
      </VersionCard>
    </div>
  );
}
