"use client";

import { createDocumentExtensions, diffDocuments, type JSONContent } from "@dossier/editor";
import type { DocumentJson } from "@dossier/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type Editor, EditorContent, useEditor } from "@tiptap/react";
import { ArrowLeft, GitMerge, Loader2, TriangleAlert } from "lucide-react";
import {
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { ChangeNav, DiffLegend } from "@/components/history/change-nav.tsx";
import { DocumentSkeleton, DocumentView } from "@/components/history/document-view.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import { useChangeNavigator } from "@/hooks/use-history-changes.ts";
import type { WrittenRevision } from "@/hooks/use-history-editor.ts";
import type { ConflictRegion, SaveFailure } from "@/lib/autosave-state.ts";
import { contributorNames } from "@/lib/history-groups.ts";
import { cn } from "@/lib/utils.ts";
import { errorMessage, isTRPCClientError } from "@/trpc/errors.ts";
import { useTRPC } from "@/trpc/react.tsx";

type Choice = "mine" | "theirs" | "merged";

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
}: {
  briefId: string;
  sectionId: string;
  sectionKey: string;
  failure: SaveFailure;
  /** The editor's text now: what the analyst would keep with "Keep mine". */
  getMine: () => DocumentJson;
  onResolved: (revision: WrittenRevision, content: DocumentJson) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(true);
  const [mine, setMine] = useState(getMine);
  const [theirsId, setTheirsId] = useState(failure.conflict?.currentRevisionId ?? null);
  const [changedAgain, setChangedAgain] = useState(false);
  const [mode, setMode] = useState<"choose" | "merge">("choose");
  const [problem, setProblem] = useState<string | null>(null);

  /** Finds the section's newest revision (when the error didn't say, or it changed again). */
  const refreshTheirs = useCallback(async () => {
    const fresh = await queryClient.fetchQuery({
      ...trpc.sections.get.queryOptions({ briefId, key: sectionKey }),
      staleTime: 0,
    });
    setTheirsId(fresh.current?.id ?? null);
  }, [briefId, queryClient, sectionKey, trpc]);

  useEffect(() => {
    if (!theirsId) void refreshTheirs().catch(() => {});
  }, [theirsId, refreshTheirs]);

  const theirs = useQuery({
    ...trpc.revisions.get.queryOptions({ revisionId: theirsId ?? "" }),
    enabled: theirsId !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });

  const diff = useMemo(() => {
    if (!theirs.data) return null;
    try {
      return diffDocuments(theirs.data.content as JSONContent, mine as JSONContent);
    } catch {
      return null;
    }
  }, [theirs.data, mine]);

  const resolve = useMutation(trpc.revisions.resolveConflict.mutationOptions());

  async function choose(choice: Choice, merged?: DocumentJson) {
    if (!theirsId || !theirs.data) return;
    setProblem(null);
    try {
      const written = await resolve.mutateAsync(
        choice === "merged"
          ? { choice, sectionId, theirsRevisionId: theirsId, mine, merged: merged! }
          : { choice, sectionId, theirsRevisionId: theirsId, mine },
      );
      const content =
        choice === "mine" ? mine : choice === "theirs" ? (theirs.data.content as DocumentJson) : merged!;
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
                <Button onClick={() => void choose("mine")} disabled={busy || !theirs.data}>
                  {busy && resolve.variables?.choice === "mine" ? (
                    <Loader2 aria-hidden className="animate-spin" />
                  ) : null}
                  Keep mine
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => void choose("theirs")}
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
              onSave={(merged) => void choose("merged", merged)}
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

/** The places where both sides changed the text, as the server described them. */
function ConflictPlaces({ failure }: { failure: SaveFailure }) {
  // One line per place: a conflict inside a block is also reported for the whole block; keep the
  // precise one.
  const byBlock = new Map<string, ConflictRegion>();
  for (const c of failure.conflict?.conflicts ?? []) {
    if (!c.excerpt?.mine && !c.excerpt?.theirs) continue;
    const key = c.theirs ? `${c.theirs.from}-${c.theirs.to}` : `${byBlock.size}`;
    const seen = byBlock.get(key);
    if (!seen || (c.nested && !seen.nested)) byBlock.set(key, c);
  }
  const places = [...byBlock.values()];
  if (places.length === 0) return null;
  const shown = places.slice(0, 3);
  return (
    <div className="mt-4">
      <p className="text-xs font-medium text-neutral-500">
        {places.length === 1
          ? "Where you both changed the text"
          : `${places.length} places where you both changed the text`}
      </p>
      <ul className="mt-1.5 space-y-1.5">
        {shown.map((place, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list from one error
          <li key={i} className="grid gap-x-3 gap-y-0.5 text-xs text-neutral-600 sm:grid-cols-2">
            <span className="truncate">
              <span className="text-neutral-400">Yours: </span>
              {place.excerpt.mine || <em>removed</em>}
            </span>
            <span className="truncate">
              <span className="text-neutral-400">Theirs: </span>
              {place.excerpt.theirs || <em>removed</em>}
            </span>
          </li>
        ))}
      </ul>
      {places.length > shown.length ? (
        <p className="mt-1 text-xs text-neutral-400">and {places.length - shown.length} more</p>
      ) : null}
    </div>
  );
}

function VersionCard({ title, meta, children }: { title: string; meta: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="flex min-w-0 flex-col rounded-lg border border-neutral-200">
      <header className="border-b border-neutral-100 px-4 py-2.5">
        <h3 id={id} className="text-sm font-semibold text-neutral-900">
          {title}
        </h3>
        <p className="text-xs text-neutral-500">{meta}</p>
      </header>
      <div className="max-h-[40vh] overflow-y-auto px-4 py-3">{children}</div>
    </section>
  );
}

function Differences({ diff, loading }: { diff: ReturnType<typeof diffDocuments> | null; loading: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  const nav = useChangeNavigator(ref, diff?.changes ?? 0, diff, { keyboard: false });
  return (
    <section aria-labelledby={id} className="border-t border-neutral-200 px-6 pt-5 pb-8">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <div>
          <h3 id={id} className="text-sm font-semibold text-neutral-900">
            Differences
          </h3>
          <p className="text-xs text-neutral-500">The current version, with your changes marked in place.</p>
        </div>
        {diff ? (
          <ChangeNav
            count={diff.changes}
            index={nav.index}
            onPrevious={nav.previous}
            onNext={nav.next}
            shortcuts={false}
          />
        ) : null}
      </div>
      {diff ? (
        <>
          <DiffLegend />
          <div className="mt-3 rounded-lg border border-neutral-200 px-4 py-3">
            <DocumentView ref={ref} kind="diff" label="Differences between the versions" content={diff.doc} />
          </div>
        </>
      ) : loading ? (
        <DocumentSkeleton label="Comparing the versions" />
      ) : (
        <p className="text-sm text-neutral-500">The differences can't be shown.</p>
      )}
    </section>
  );
}

/** "Edit merged text": an editor prefilled with either version, saved as the merged text. */
function MergeEditor({
  mine,
  theirs,
  busy,
  onBack,
  onSave,
}: {
  mine: DocumentJson;
  theirs: DocumentJson;
  busy: boolean;
  onBack: () => void;
  onSave: (merged: DocumentJson) => void;
}) {
  const [start, setStart] = useState<"theirs" | "mine">("theirs");
  const editorRef = useRef<Editor | null>(null);
  const id = useId();
  return (
    <section aria-labelledby={id} className="px-6 py-5">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h3 id={id} className="text-sm font-semibold text-neutral-900">
            Merged text
          </h3>
          <p className="text-xs text-neutral-500">
            Edit until it says what both of you meant, then save it. Switching the starting text discards
            edits made here.
          </p>
        </div>
        <fieldset className="flex rounded-md border border-neutral-200 p-0.5">
          <legend className="sr-only">Start from</legend>
          {(
            [
              ["theirs", "Current version"],
              ["mine", "Your version"],
            ] as const
          ).map(([value, label]) => (
            <button
              key={value}
              type="button"
              aria-pressed={start === value}
              onClick={() => setStart(value)}
              className={cn(
                "rounded px-2.5 py-1 text-xs font-medium text-neutral-500 transition-colors hover:text-neutral-900",
                start === value && "bg-neutral-100 text-neutral-900",
              )}
            >
              {label}
            </button>
          ))}
        </fieldset>
      </div>
      <div className="rounded-lg border border-neutral-200 px-4 py-3 focus-within:border-accent focus-within:ring-3 focus-within:ring-accent/15">
        <MergeEditorField key={start} content={start === "mine" ? mine : theirs} editorRef={editorRef} />
      </div>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onBack} disabled={busy}>
          <ArrowLeft aria-hidden />
          Back to choices
        </Button>
        <Button
          disabled={busy}
          onClick={() => {
            const editor = editorRef.current;
            if (editor) onSave({ ...editor.getJSON(), type: "doc" });
          }}
        >
          {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
          Save merged text
        </Button>
      </div>
    </section>
  );
}

function MergeEditorField({
  content,
  editorRef,
}: {
  content: DocumentJson;
  editorRef: RefObject<Editor | null>;
}) {
  const [extensions] = useState(() => createDocumentExtensions());
  const editor = useEditor({
    immediatelyRender: false,
    extensions,
    content: content as JSONContent,
    editorProps: {
      attributes: {
        class: "prose-doc min-h-40",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": "Merged text",
      },
    },
  });
  useEffect(() => {
    editorRef.current = editor;
    return () => {
      if (editorRef.current === editor) editorRef.current = null;
    };
  }, [editor, editorRef]);
  if (!editor) return <DocumentSkeleton />;
  return <EditorContent editor={editor} />;
}
