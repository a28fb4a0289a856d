"use client";

import { GitCompareArrows, RotateCcw } from "lucide-react";
import { QueryError } from "@/components/feedback/error-state.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import { DocumentSkeleton, DocumentView } from "@/features/editor/index.ts";
import { formatFull } from "@/lib/relative-time.ts";
import { isNotFound } from "@/trpc/errors.ts";
import { contributorNames } from "../lib/history-groups.ts";
import { usePreviousRevision, useRevision } from "../queries.ts";
import { WordDelta } from "./history-panel.tsx";
import { NotInHistory } from "./not-in-history.tsx";
import { RestoreDialog } from "./restore-dialog.tsx";
import { StageFrame } from "./stage-frame.tsx";

/** One revision, read-only, with who wrote it and when, and what can be done with it. */
export function RevisionView({
  sectionId,
  revisionId,
  currentRevisionId,
  canEdit,
  onCompare,
  onClose,
  onRestored,
  backLabel,
}: {
  sectionId: string;
  revisionId: string;
  currentRevisionId: string | null;
  canEdit: boolean;
  onCompare: (fromId: string | null, toId: string) => void;
  onClose: () => void;
  onRestored: () => void;
  backLabel: string;
}) {
  const revision = useRevision(revisionId);
  const number = revision.data?.number;
  const previous = usePreviousRevision(sectionId, number);
  const previousId = number === 1 ? null : previous.data?.items[0]?.id;
  const isCurrent = revisionId === currentRevisionId;
  // The URL may name another section's revision (a pasted link): not this section's history.
  const elsewhere = revision.data !== undefined && revision.data.sectionId !== sectionId;

  if (revision.isError || elsewhere) {
    return (
      <StageFrame title="Revision" focusKey={revisionId} onClose={onClose} backLabel={backLabel}>
        {elsewhere || isNotFound(revision.error) ? (
          <NotInHistory>This revision isn't in this section's history.</NotInHistory>
        ) : (
          <QueryError title="Couldn't open this revision" query={revision} />
        )}
      </StageFrame>
    );
  }

  const data = revision.data;
  return (
    <StageFrame
      title={data ? `Revision #${data.number}` : <Skeleton className="h-5 w-32" />}
      focusKey={revisionId}
      onClose={onClose}
      backLabel={backLabel}
      meta={
        data ? <RevisionMeta revision={data} current={isCurrent} /> : <Skeleton className="mt-1 h-3 w-56" />
      }
      actions={
        data ? (
          <RevisionActions
            sectionId={sectionId}
            revision={data}
            previousId={previousId}
            currentRevisionId={currentRevisionId}
            canEdit={canEdit}
            onCompare={onCompare}
            onRestored={onRestored}
          />
        ) : null
      }
    >
      {data?.message ? (
        <p className="mb-4 rounded-lg border border-neutral-200 bg-neutral-50 px-3 py-2 text-sm text-neutral-600">
          {data.message}
        </p>
      ) : null}
      {!data ? (
        <DocumentSkeleton label="Loading revision" />
      ) : data.wordCount === 0 ? (
        <p className="py-8 text-center text-sm text-neutral-500">This revision is empty.</p>
      ) : (
        <DocumentView label={`Text of revision #${data.number}`} content={data.content} className="pb-24" />
      )}
    </StageFrame>
  );
}

type Revision = NonNullable<ReturnType<typeof useRevision>["data"]>;

/** Who wrote it and when, how many words changed, and what kind of revision it is. */
function RevisionMeta({ revision, current }: { revision: Revision; current: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
      <span className="text-neutral-700">{contributorNames(revision)}</span>
      <span aria-hidden>·</span>
      <span title={formatFull(revision.createdAt)}>
        {formatFull(revision.createdAt)} (<RelativeTime date={revision.createdAt} />)
      </span>
      <span aria-hidden>·</span>
      <WordDelta added={revision.wordsAdded} removed={revision.wordsRemoved} />
      {revision.kind === "RESTORE" ? <Badge tone="outline">Restored</Badge> : null}
      {revision.kind === "MERGE" ? <Badge tone="outline">Merged</Badge> : null}
      {current ? <Badge tone="accent">Current</Badge> : null}
    </div>
  );
}

function RevisionActions({
  sectionId,
  revision,
  previousId,
  currentRevisionId,
  canEdit,
  onCompare,
  onRestored,
}: {
  sectionId: string;
  revision: Revision;
  /** Undefined while it is being looked up; null before revision #1. */
  previousId: string | null | undefined;
  currentRevisionId: string | null;
  canEdit: boolean;
  onCompare: (fromId: string | null, toId: string) => void;
  onRestored: () => void;
}) {
  const isCurrent = revision.id === currentRevisionId;
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        disabled={previousId === undefined}
        onClick={() => previousId !== undefined && onCompare(previousId, revision.id)}
      >
        <GitCompareArrows aria-hidden />
        Compare with previous
      </Button>
      <Button
        variant="secondary"
        size="sm"
        disabled={isCurrent || !currentRevisionId}
        onClick={() => currentRevisionId && onCompare(revision.id, currentRevisionId)}
      >
        Compare with current
      </Button>
      {canEdit && !isCurrent ? (
        <RestoreDialog
          sectionId={sectionId}
          revision={revision}
          onRestored={onRestored}
          trigger={
            <Button size="sm">
              <RotateCcw aria-hidden />
              Restore this version
            </Button>
          }
        />
      ) : null}
    </>
  );
}
