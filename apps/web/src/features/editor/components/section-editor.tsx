"use client";

import { createDocumentExtensions, emptyDocument } from "@dossier/editor";
import type { DocumentJson, SavedRevision } from "@dossier/schema";
import { Placeholder } from "@tiptap/extensions";
import { type Editor, EditorContent, type JSONContent, useEditor } from "@tiptap/react";
import { memo, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { useMe } from "@/features/auth/index.ts";
import { useHydrated } from "@/hooks/use-hydrated.ts";
import type { SectionDetail } from "@/lib/api-types.ts";
import { type Autosave, useAutosave } from "../hooks/use-autosave.ts";
import { useLiveSection } from "../hooks/use-live-section.ts";
import { useLocalDraft } from "../hooks/use-local-draft.ts";
import type { SaveFailure } from "../lib/autosave-state.ts";
import { readDraft, writeDraft } from "../lib/draft-store.ts";
import { selectNear } from "../lib/selection-near.ts";
import { useRecordSavedRevision, useSaveSection } from "../queries.ts";
import { type OpenEditor, usePublishOpenEditor } from "../state.ts";
import { DraftNotice, MergeNotice } from "./draft-notice.tsx";
import { EditorSkeleton } from "./editor-skeleton.tsx";
import { EditorToolbar } from "./editor-toolbar.tsx";
import { NewerVersionNotice } from "./newer-version-notice.tsx";
import { SaveIndicator } from "./save-indicator.tsx";
import { WordCount } from "./word-count.tsx";

/** What the conflict screen gets when a save was refused (rendered by the section page). */
export type ConflictScreenProps = {
  failure: SaveFailure;
  /** The editor's text now: what the analyst would keep with "Keep mine". */
  getMine: () => DocumentJson;
  /** Shows the revision the resolution wrote; autosave resumes from it. */
  onResolved: (revision: SavedRevision, content: DocumentJson) => void;
};

type Props = {
  briefId: string;
  section: SectionDetail;
  renderConflict: (props: ConflictScreenProps) => ReactNode;
};

const toDocument = (json: JSONContent): DocumentJson => ({ ...json, type: "doc" });

/** Ctrl/Cmd+K opens the link popover. */
const isLinkShortcut = (event: KeyboardEvent) =>
  (event.metaKey || event.ctrlKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === "k";

function useSectionTiptap(section: SectionDetail, onLinkShortcut: () => void, onUpdate: () => void) {
  // Pinned for the editor's lifetime: a new list would mean a new schema.
  const [extensions] = useState(() => [
    ...createDocumentExtensions(),
    Placeholder.configure({ placeholder: section.guidance?.trim() || "Start writing…" }),
  ]);
  // What the editor opens with (later revisions arrive through setContent): pinned too, so an
  // empty section's fresh `emptyDocument()` doesn't count as a new option on every render.
  const [initialContent] = useState(
    () => (section.current?.content as JSONContent | undefined) ?? emptyDocument(),
  );
  const linkShortcut = useRef(onLinkShortcut);
  linkShortcut.current = onLinkShortcut;
  // The same object from render to render: useEditor hands the editor new options whenever one of
  // them is a new object, and each time ProseMirror redraws the whole view to apply them.
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: "prose-doc min-h-[45vh] pb-24",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": "Section text",
        ...(section.canEdit ? {} : { "aria-readonly": "true" }),
      },
      handleKeyDown: (_view: unknown, event: KeyboardEvent) => {
        if (!isLinkShortcut(event)) return false;
        event.preventDefault();
        linkShortcut.current();
        return true;
      },
    }),
    [section.canEdit],
  );
  const editor = useEditor({
    // Opened in the browser (a section switch), the editor is built in this render: its text is
    // on screen in the same frame, not one effect and one render later. While React hydrates the
    // server's HTML it can't be (the server drew the skeleton), so it comes right after.
    immediatelyRender: useHydrated(),
    extensions,
    content: initialContent,
    editable: section.canEdit,
    editorProps,
    onUpdate,
  });
  // useEditor keeps the editor's own editability when its options change, so the right to edit
  // lost or gained while the section is open (archived, owner changed, role changed) goes here.
  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== section.canEdit)
      editor.setEditable(section.canEdit, false);
  }, [editor, section.canEdit]);
  return editor;
}

/** The editor as other features see it (state.ts): published while this editor is mounted. */
function useOpenEditorHandle(
  sectionId: string,
  editor: Editor | null,
  autosave: Autosave,
  load: OpenEditor["load"],
): OpenEditor | null {
  const latest = useRef({ autosave, load });
  latest.current = { autosave, load };
  return useMemo(
    () =>
      editor
        ? {
            sectionId,
            editor,
            hasUnsavedChanges: () => latest.current.autosave.hasUnsavedChangesNow(),
            isSaving: () => latest.current.autosave.state.inFlight !== null,
            saveProblem: () => latest.current.autosave.state.error?.message ?? null,
            flush: () => latest.current.autosave.flush(),
            baseRevisionId: () => latest.current.autosave.baseRevisionIdNow(),
            load: (revision, content) => latest.current.load(revision, content),
          }
        : null,
    [editor, sectionId],
  );
}

/** Autosave wired to `sections.save`, the editor's content and this device's drafts. */
function useSectionAutosave({
  section,
  editor,
  onMerged,
  onSaved,
}: {
  section: SectionDetail;
  editor: Editor | null;
  onMerged: (number: number) => void;
  onSaved: (revision: SavedRevision, content: DocumentJson, stillUnsaved: boolean) => void;
}) {
  const saveSection = useSaveSection(section.id);
  return useAutosave<DocumentJson>({
    documentKey: section.id,
    baseRevisionId: section.current?.id ?? null,
    enabled: section.canEdit,
    getContent: () => toDocument(editor ? editor.getJSON() : emptyDocument()),
    save: async (content, baseRevisionId) => {
      const { merged, ...saved } = await saveSection(content, baseRevisionId);
      if (merged) onMerged(merged.withNumber);
      return { ...saved, merged: merged ? merged.content : null };
    },
    applyMerged: (content) => {
      if (!editor || editor.isDestroyed) return;
      const { from, to } = editor.state.selection;
      // Not an edit of ours: no update event, so autosave doesn't send it straight back.
      editor.chain().setContent(content, { emitUpdate: false }).command(selectNear(from, to)).run();
    },
    onSaved,
    onUnsaved: (content, baseRevisionId) =>
      writeDraft(section.id, { content, baseRevisionId, savedAt: Date.now() }),
  });
}

/**
 * The Tiptap editor for one leaf section. Its schema is exactly @dossier/editor's extension list
 * (the server validates saves against it); Placeholder adds decorations only, no nodes.
 */
export const SectionEditor = memo(function SectionEditor({ briefId, section, renderConflict }: Props) {
  const me = useMe();
  const [linkOpen, setLinkOpen] = useState(false);
  const [mergedWith, setMergedWith] = useState<number | null>(null);
  const markEdited = useRef<() => void>(() => {});
  const editor = useSectionTiptap(
    section,
    () => setLinkOpen(true),
    () => markEdited.current(),
  );
  const draft = useLocalDraft(section.id, section.current?.id ?? null, editor);
  const recordSaved = useRecordSavedRevision(briefId, section, me);

  const autosave = useSectionAutosave({
    section,
    editor,
    onMerged: setMergedWith,
    onSaved: (revision, content, stillUnsaved) => {
      recordSaved(revision, content);
      if (!stillUnsaved) draft.clear();
    },
  });
  markEdited.current = autosave.markEdited;

  /** Shows a revision the server just wrote (a restore, a resolved conflict) as the new base. */
  const loadRevision = (revision: SavedRevision, content: DocumentJson) => {
    if (!editor || editor.isDestroyed) return;
    editor.commands.setContent(content as JSONContent, { emitUpdate: false });
    autosave.reset(revision.id);
    draft.discard();
    setMergedWith(null);
    recordSaved(revision, content);
  };
  usePublishOpenEditor(useOpenEditorHandle(section.id, editor, autosave, loadRevision));
  // Live: others' revisions arrive in place, or as a notice while this person has unsaved edits.
  const { newer } = useLiveSection({ briefId, section, meId: me.id, editor, autosave });

  /** Brings back a kept draft on the revision it was written on, so the save merges like any stale one. */
  const restoreDraft = () => {
    const kept = readDraft<DocumentJson>(section.id);
    if (kept) autosave.reset(kept.baseRevisionId);
    draft.restore(); // an edit: autosave sends it
  };

  if (!editor) return <EditorSkeleton />;
  const failure = autosave.state.error;
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
      {failure?.kind === "conflict"
        ? renderConflict({ failure, getMine: () => toDocument(editor.getJSON()), onResolved: loadRevision })
        : null}
      {mergedWith !== null ? <MergeNotice number={mergedWith} onDismiss={() => setMergedWith(null)} /> : null}
      {newer ? <NewerVersionNotice newer={newer} onSaveNow={autosave.saveNow} /> : null}
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
});
