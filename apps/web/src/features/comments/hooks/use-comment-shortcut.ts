"use client";

import type { Editor } from "@tiptap/react";
import { useEffect } from "react";

/** Ctrl/Cmd+Alt+M comments on the selection (or the section), from the editor. */
export function useCommentShortcut(editor: Editor | null, enabled: boolean, startComment: () => void) {
  useEffect(() => {
    if (!editor || !enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.shiftKey || event.code !== "KeyM")
        return;
      if (editor.isDestroyed) return; // unmounted since (a section switch): its view is gone
      const dom = editor.view.dom;
      const selection = document.getSelection();
      const inEditor =
        dom.contains(document.activeElement) ||
        (selection?.anchorNode ? dom.contains(selection.anchorNode) : false);
      if (!inEditor) return;
      event.preventDefault();
      startComment();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [editor, enabled, startComment]);
}
