"use client";

import type { Editor } from "@tiptap/react";
import { useEffect } from "react";
import {
  createSearchHighlightPlugin,
  SEARCH_HIT_CLASS,
  searchHighlightKey,
} from "../lib/search-highlight-plugin.ts";

/**
 * Highlights `terms` in `editor` (a decoration plugin) and brings the first match into view.
 * Removed again when the terms change or the editor goes.
 */
export function useSearchHighlight(editor: Editor | null, terms: readonly string[]) {
  const key = terms.join(" ");
  useEffect(() => {
    if (!editor || editor.isDestroyed || !key) return;
    editor.registerPlugin(createSearchHighlightPlugin(key.split(" ")));
    const frame = requestAnimationFrame(() => {
      if (editor.isDestroyed) return;
      const first = editor.view.dom.querySelector(`.${SEARCH_HIT_CLASS}`);
      first?.scrollIntoView({ block: "center" });
    });
    return () => {
      cancelAnimationFrame(frame);
      if (!editor.isDestroyed) editor.unregisterPlugin(searchHighlightKey);
    };
  }, [editor, key]);
}
