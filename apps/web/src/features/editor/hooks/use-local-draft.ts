"use client";

import type { Editor, JSONContent } from "@tiptap/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { clearDraft, readDraft } from "../lib/draft-store.ts";

/**
 * "offer": a draft is waiting for the person to restore or discard it; `stale` when it was written
 * on an older revision than the one now shown (restoring it then merges with what was saved since).
 * "restored": it was put back (kept for callers that restore without asking).
 */
export type DraftNoticeState = { kind: "restored" | "stale" | "offer"; savedAt: number };

/**
 * Brings back text that never reached the server (see lib/draft-store.ts): the person is offered
 * it ("You have unsaved changes from 14:02 — Restore / Discard"). Restoring puts it in the editor;
 * the caller sends it on the revision it was written on, so a draft written on an older revision
 * is merged with what was saved since instead of overwriting it.
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
    setNotice({
      kind: draft.baseRevisionId === currentRevisionId ? "offer" : "stale",
      savedAt: draft.savedAt,
    });
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
    const kind = noticeRef.current?.kind;
    if (kind !== "stale" && kind !== "offer") clearDraft(documentKey);
  }, [documentKey]);

  return { notice, restore, discard, dismiss, clear };
}
