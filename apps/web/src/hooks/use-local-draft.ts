"use client";

import type { Editor, JSONContent } from "@tiptap/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { clearDraft, readDraft } from "@/lib/draft-store.ts";

export type DraftNoticeState = { kind: "restored" | "stale"; savedAt: number };

/**
 * Brings back text that never reached the server (see lib/draft-store.ts). A draft written on
 * the revision the editor just loaded is put back at once (autosave then sends it); one written
 * on an older revision would overwrite someone else's work, so the person decides.
 */
export function useLocalDraft(documentKey: string, currentRevisionId: string | null, editor: Editor | null) {
  const [notice, setNotice] = useState<DraftNoticeState | null>(null);
  const checked = useRef(false);

  useEffect(() => {
    if (!editor?.isEditable || checked.current) return;
    checked.current = true;
    const draft = readDraft<JSONContent>(documentKey);
    if (!draft) return;
    if (JSON.stringify(draft.content) === JSON.stringify(editor.getJSON())) {
      clearDraft(documentKey);
      return;
    }
    if (draft.baseRevisionId === currentRevisionId) {
      editor.commands.setContent(draft.content); // emits an update, so autosave picks it up
      setNotice({ kind: "restored", savedAt: draft.savedAt });
    } else {
      setNotice({ kind: "stale", savedAt: draft.savedAt });
    }
  }, [currentRevisionId, documentKey, editor]);

  const restore = useCallback(() => {
    const draft = readDraft<JSONContent>(documentKey);
    if (draft && editor) editor.commands.setContent(draft.content);
    setNotice(null);
  }, [documentKey, editor]);

  const discard = useCallback(() => {
    clearDraft(documentKey);
    setNotice(null);
  }, [documentKey]);

  const dismiss = useCallback(() => setNotice(null), []);

  /** After a save that left nothing unsaved; an undecided older draft is kept. */
  const noticeRef = useRef(notice);
  noticeRef.current = notice;
  const clear = useCallback(() => {
    if (noticeRef.current?.kind !== "stale") clearDraft(documentKey);
  }, [documentKey]);

  return { notice, restore, discard, dismiss, clear };
}
