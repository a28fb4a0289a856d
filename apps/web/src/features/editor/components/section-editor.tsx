"use client";

import { createDocumentExtensions, emptyDocument } from "@dossier/editor";
import type { DocumentJson } from "@dossier/schema";
import { useQueryClient } from "@tanstack/react-query";
import { Placeholder } from "@tiptap/extensions";
import { EditorContent, type JSONContent, useEditor } from "@tiptap/react";
import { useRef, useState } from "react";
import { Skeleton } from "@/components/ui/skeleton.tsx";
import { ConflictResolver } from "@/features/conflict/components/conflict-resolver.tsx";
import type { SectionDetail } from "@/lib/api-types.ts";
import { useTRPC, useTRPCClient } from "@/trpc/react.tsx";
import { type SavedRevision, useAutosave } from "../hooks/use-autosave.ts";
import { useRegisterHistoryEditor, type WrittenRevision } from "../hooks/use-history-editor.ts";
import { useSectionLive } from "../hooks/use-live-section.ts";
import { useLocalDraft } from "../hooks/use-local-draft.ts";
import { readDraft, writeDraft } from "../lib/draft-store.ts";
import { DraftNotice, MergeNotice } from "./draft-notice.tsx";
import { EditorToolbar } from "./editor-toolbar.tsx";
import { SaveIndicator } from "./save-indicator.tsx";
import { WordCount } from "./word-count.tsx";

type Props = {
  briefId: string;
  section: SectionDetail;
  me: { id: string; name: string };
  /** Throw away this editor and load the section's current revision. */
  onReloadLatest: () => void;
};

const toDocument = (json: JSONContent): DocumentJson => ({ ...json, type: "doc" });

type StoredContent = NonNullable<SectionDetail["current"]>["content"];
/** What we sent is what the server stored (after validating it against the same schema). */
const asStored = (content: DocumentJson) => content as unknown as StoredContent;

/**
 * The Tiptap editor for one leaf section. Its schema is exactly @dossier/editor's extension list
 * (the server validates saves against it); Placeholder adds decorations only, no nodes.
 */
export function SectionEditor({ briefId, section, me }: Props) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [linkOpen, setLinkOpen] = useState(false);
  const [mergedWith, setMergedWith] = useState<number | null>(null);
  const markEdited = useRef<() => void>(() => {});

  // Pinned for the editor's lifetime: a new list would mean a new schema.
  const [extensions] = useState(() => [
    ...createDocumentExtensions(),
    Placeholder.configure({ placeholder: section.guidance?.trim() || "Start writing…" }),
  ]);

  const editor = useEditor({
    immediatelyRender: false,
    extensions,
    content: (section.current?.content as JSONContent | undefined) ?? emptyDocument(),
    editable: section.canEdit,
    editorProps: {
      attributes: {
        class: "prose-doc min-h-[45vh] pb-24",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": "Section text",
        ...(section.canEdit ? {} : { "aria-readonly": "true" }),
      },
      handleKeyDown: (_view, event) => {
        if (
          (event.metaKey || event.ctrlKey) &&
          !event.shiftKey &&
          !event.altKey &&
          event.key.toLowerCase() === "k"
        ) {
          event.preventDefault();
          setLinkOpen(true);
          return true;
        }
        return false;
      },
    },
    onUpdate: () => markEdited.current(),
  });

  const draft = useLocalDraft(section.id, section.current?.id ?? null, editor);

  const onSaved = (revision: SavedRevision, content: DocumentJson, stillUnsaved: boolean) => {
    // Only what this save changed: the history list, the outline (filled, word count) and the
    // dashboard summary; the cached section learns its new current revision directly.
    void queryClient.invalidateQueries({
      queryKey: trpc.revisions.list.infiniteQueryKey({ sectionId: section.id }),
    });
    void queryClient.invalidateQueries({ queryKey: trpc.briefs.get.queryKey({ briefId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.briefs.list.queryKey() });
    queryClient.setQueryData(trpc.sections.get.queryKey({ briefId, key: section.key }), (old) =>
      // A save that changed nothing is answered with the current revision: keep its author.
      old && old.current?.id !== revision.id
        ? {
            ...old,
            status: old.status === "APPROVED" ? ("DRAFT" as const) : old.status,
            current: { ...revision, content: asStored(content), author: me },
          }
        : old,
    );
    if (!stillUnsaved) draft.clear();
  };

  const autosave = useAutosave<DocumentJson>({
    documentKey: section.id,
    baseRevisionId: section.current?.id ?? null,
    enabled: section.canEdit,
    getContent: () => toDocument(editor ? editor.getJSON() : emptyDocument()),
    save: async (content, baseRevisionId) => {
      const { merged, ...saved } = await client.sections.save.mutate({
        sectionId: section.id,
        baseRevisionId,
        content,
      });
      if (merged) setMergedWith(merged.withNumber);
      return { ...saved, merged: merged ? toDocument(merged.content) : null };
    },
    applyMerged: (content) => {
      if (!editor || editor.isDestroyed) return;
      const { from, to } = editor.state.selection;
      // Not an edit of ours: no update event, so autosave doesn't send it straight back.
      editor.chain().setContent(content, { emitUpdate: false }).setTextSelection({ from, to }).run();
    },
    onSaved,
    onUnsaved: (content, baseRevisionId) =>
      writeDraft(section.id, { content, baseRevisionId, savedAt: Date.now() }),
  });
  markEdited.current = autosave.markEdited;

  /** Shows a revision the server just wrote (a restore, a resolved conflict) as the new base. */
  const loadRevision = (revision: WrittenRevision, content: DocumentJson) => {
    if (!editor || editor.isDestroyed) return;
    editor.commands.setContent(content as JSONContent, { emitUpdate: false });
    autosave.reset(revision.id);
    draft.discard();
    setMergedWith(null);
    onSaved(revision, content, false);
  };
  useRegisterHistoryEditor(section.id, {
    hasUnsavedChanges: autosave.hasUnsavedChangesNow,
    flush: autosave.flush,
    load: loadRevision,
  });
  // Live: others' revisions arrive in place; comments highlight and pin through this editor.
  const live = useSectionLive({ briefId, section, me, editor, autosave });

  /** Brings back a kept draft on the revision it was written on, so the save merges like any stale one. */
  const restoreDraft = () => {
    const kept = readDraft<DocumentJson>(section.id);
    if (kept) autosave.reset(kept.baseRevisionId);
    draft.restore(); // an edit: autosave sends it
  };

  if (!editor) return <EditorSkeleton />;

  return (
    <div>
      {section.canEdit ? (
        <EditorToolbar editor={editor} linkOpen={linkOpen} onLinkOpenChange={setLinkOpen}>
          <WordCount editor={editor} />
          <span aria-hidden className="h-3 w-px bg-neutral-200" />
          <SaveIndicator status={autosave.status} text={autosave.statusText} />
        </EditorToolbar>
      ) : (
        <div className="mb-6 flex justify-end border-b border-neutral-200 py-1.5 text-xs text-neutral-500">
          <WordCount editor={editor} />
        </div>
      )}
      {autosave.state.error?.kind === "conflict" ? (
        <ConflictResolver
          key={autosave.state.error.conflict?.currentRevisionId ?? "conflict"}
          briefId={briefId}
          sectionId={section.id}
          sectionKey={section.key}
          failure={autosave.state.error}
          getMine={() => toDocument(editor.getJSON())}
          onResolved={loadRevision}
        />
      ) : null}
      {mergedWith !== null ? <MergeNotice number={mergedWith} onDismiss={() => setMergedWith(null)} /> : null}
      {live.notice}
      {draft.notice ? (
        <DraftNotice
          notice={draft.notice}
          onRestore={restoreDraft}
          onDiscard={draft.discard}
          onDismiss={draft.dismiss}
        />
      ) : null}
      <EditorContent editor={editor} />
    </div>
  );
}

export function EditorSkeleton() {
  return (
    <div role="status" aria-label="Loading editor" className="space-y-3 pt-2">
      <Skeleton className="mb-6 h-9 w-full" />
      <Skeleton className="h-4 w-11/12" />
      <Skeleton className="h-4 w-full" />
      <Skeleton className="h-4 w-4/5" />
      <Skeleton className="h-4 w-2/3" />
    </div>
  );
}
