"use client";

import { createAnchor } from "@dossier/editor";
import { useAtom, useSetAtom } from "jotai";
import { useCallback } from "react";
import { type OpenEditor, useOpenEditor } from "@/features/editor/index.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { commentsPluginKey } from "../lib/comments-plugin.ts";
import { useCreateThread } from "../queries.ts";
import { activateThreadAtom, announceAtom, composerAtom, panelOpenAtom } from "../state.ts";
import { dispatchMeta } from "./use-editor-highlights.ts";

/** A pin must quote the saved text: saves what was typed first, or says why it couldn't. */
async function saveBeforePinning(open: OpenEditor) {
  if (!open.hasUnsavedChanges() && !open.isSaving()) return;
  if (await open.flush()) return;
  const reason = open.saveProblem() ?? "you seem to be offline";
  throw new Error(`Your text couldn't be saved first (${reason}), so the comment wasn't posted.`);
}

/**
 * Starting a thread: the composer opens on the selected words (marked in the editor while it is
 * open) or on the whole section; submitting saves unsaved text first when the thread is pinned
 * to words, then creates it and opens it.
 */
export function useNewThread(where: { briefId: string; sectionId: string }) {
  const open = useOpenEditor(where.sectionId);
  const editor = open?.editor ?? null;
  const [composer, setComposer] = useAtom(composerAtom);
  const setPanelOpen = useSetAtom(panelOpenAtom);
  const activate = useSetAtom(activateThreadAtom);
  const announce = useSetAtom(announceAtom);
  const create = useCreateThread(where);

  const start = useCallback(
    (scope: "selection" | "section" = "selection") => {
      activate(null);
      setPanelOpen(true);
      if (scope === "selection" && editor && !editor.isDestroyed) {
        const { from, to, empty } = editor.state.selection;
        if (!empty && editor.state.doc.textBetween(from, to, "\n").trim()) {
          const anchor = createAnchor(editor.state.doc, from, to);
          dispatchMeta(editor, { pending: { anchor, from, to } });
          setComposer({ kind: "range", quote: anchor.quote.exact });
          return;
        }
      }
      dispatchMeta(editor, { pending: null });
      setComposer({ kind: "section" });
    },
    [editor, activate, setComposer, setPanelOpen],
  );

  const cancel = useCallback(() => {
    dispatchMeta(editor, { pending: null });
    setComposer(null);
  }, [editor, setComposer]);

  const submit = async (body: string, mentionUserIds: string[]) => {
    let anchor = null;
    if (composer?.kind === "range") {
      if (!open || open.editor.isDestroyed) throw new Error("The editor isn't ready yet. Try again.");
      await saveBeforePinning(open);
      const pending = commentsPluginKey.getState(open.editor.state)?.pending;
      if (!pending) {
        throw new Error(
          "The words you selected are gone. Select them again, or comment on the whole section.",
        );
      }
      anchor = createAnchor(open.editor.state.doc, pending.from, pending.to);
    }
    const { threadId } = await create
      .mutateAsync({ sectionId: where.sectionId, anchor, body, mentionUserIds })
      .catch((error: unknown) => {
        throw new Error(errorMessage(error));
      });
    dispatchMeta(editor, { pending: null });
    setComposer(null);
    activate(threadId, { scrollCard: true });
    announce("Comment added");
  };

  return { composer, start, cancel, submit };
}
