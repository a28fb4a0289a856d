"use client";

import type { Editor } from "@tiptap/react";
import { useAtom, useAtomValue, useSetAtom } from "jotai";
import { useEffect, useMemo, useRef } from "react";
import type { HighlightThread } from "../lib/comments-highlights.ts";
import { type CommentsMeta, commentsPluginKey, createCommentsPlugin } from "../lib/comments-plugin.ts";
import { anchorOf, type Thread } from "../lib/threads.ts";
import {
  activateThreadAtom,
  hoveredThreadAtom,
  panelOpenAtom,
  pendingScrollAtom,
  useActiveThread,
} from "../state.ts";

export function dispatchMeta(editor: Editor | null, meta: CommentsMeta) {
  if (!editor || editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(commentsPluginKey, meta));
}

/** Called a frame later: by then the editor may be gone (a section switch), and its view with it. */
export function scrollToHighlight(editor: Editor, id: string) {
  if (editor.isDestroyed) return;
  const el = editor.view.dom.querySelector(`[data-thread-id="${CSS.escape(id)}"]`);
  el?.scrollIntoView({ block: "center", behavior: "smooth" });
}

/**
 * The threads' highlights in the section's editor (a ProseMirror plugin: comments-plugin.ts):
 * open threads, and the one being read even if resolved, re-found on each change; the active
 * and hovered ones emphasised. Clicking highlighted words opens their thread.
 */
export function useEditorHighlights(editor: Editor | null, threads: readonly Thread[]) {
  const activeId = useActiveThread();
  const hoverId = useAtomValue(hoveredThreadAtom);
  const [pendingScroll, setPendingScroll] = useAtom(pendingScrollAtom);
  const activate = useSetAtom(activateThreadAtom);
  const setPanelOpen = useSetAtom(panelOpenAtom);

  const onHighlightClick = useRef((_id: string) => {});
  onHighlightClick.current = (id: string) => {
    setPanelOpen(true);
    activate(id, { scrollCard: true });
  };

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.registerPlugin(createCommentsPlugin({ onActivate: (id) => onHighlightClick.current(id) }));
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(commentsPluginKey);
    };
  }, [editor]);

  const highlightThreads = useMemo<HighlightThread[]>(
    () =>
      threads.map((t) => ({
        id: t.id,
        anchor: anchorOf(t),
        detached: t.detached,
        visible: t.status === "OPEN" || t.id === activeId,
      })),
    [threads, activeId],
  );
  useEffect(() => {
    dispatchMeta(editor, { threads: highlightThreads, active: activeId });
    if (pendingScroll && editor && pendingScroll === activeId) {
      setPendingScroll(null);
      requestAnimationFrame(() => scrollToHighlight(editor, pendingScroll));
    }
  }, [editor, highlightThreads, activeId, pendingScroll, setPendingScroll]);
  useEffect(() => {
    dispatchMeta(editor, { hover: hoverId });
  }, [editor, hoverId]);
}
