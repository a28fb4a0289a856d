"use client";

import { posToDOMRect } from "@tiptap/core";
import type { Editor } from "@tiptap/react";
import { MessageSquarePlus } from "lucide-react";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useModKey } from "@/hooks/use-mod-key.ts";

type Place = { left: number; top: number; below: boolean };

/** Room the sticky top bar and formatting toolbar take: above this, the bubble goes below the words. */
const TOP_CHROME = 110;

/**
 * A small "Comment" button floating over selected text (the editor's bubble menu). It follows
 * the DOM selection rather than the editor's focus, so it also works in read-only text, where
 * reviewers comment without being able to edit.
 */
export function SelectionBubble({ editor, onComment }: { editor: Editor; onComment: () => void }) {
  const [place, setPlace] = useState<Place | null>(null);
  const mod = useModKey();

  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (editor.isDestroyed) return setPlace(null);
        const view = editor.view;
        const dom = document.getSelection();
        const inEditor =
          dom && !dom.isCollapsed && dom.anchorNode && view.dom.contains(dom.anchorNode)
            ? view.dom.contains(dom.focusNode)
            : false;
        const { from, to, empty } = editor.state.selection;
        if (!inEditor || empty || !editor.state.doc.textBetween(from, to, "\n").trim()) {
          return setPlace(null);
        }
        const rect = posToDOMRect(view, from, to);
        if (rect.bottom < TOP_CHROME || rect.top > window.innerHeight) return setPlace(null);
        const below = rect.top < TOP_CHROME + 40;
        setPlace({
          left: Math.min(Math.max(rect.left + rect.width / 2, 60), window.innerWidth - 60),
          top: below ? rect.bottom + 8 : rect.top - 8,
          below,
        });
      });
    };
    document.addEventListener("selectionchange", update);
    editor.on("selectionUpdate", update);
    editor.on("transaction", update);
    window.addEventListener("scroll", update, true);
    window.addEventListener("resize", update);
    update();
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("selectionchange", update);
      editor.off("selectionUpdate", update);
      editor.off("transaction", update);
      window.removeEventListener("scroll", update, true);
      window.removeEventListener("resize", update);
    };
  }, [editor]);

  if (!place) return null;
  return createPortal(
    <div
      className="fixed z-30 animate-fade-in"
      style={{
        left: place.left,
        top: place.top,
        transform: `translate(-50%, ${place.below ? "0" : "-100%"})`,
      }}
    >
      <button
        type="button"
        aria-keyshortcuts="Control+Alt+M Meta+Alt+M"
        title={`Comment (${mod}+Alt+M)`}
        // Keep the selection: pressing the button must not move it first.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onComment}
        className="flex items-center gap-1.5 rounded-lg border border-neutral-200 bg-white px-2.5 py-1.5 text-xs font-medium text-neutral-800 shadow-lg transition-colors hover:bg-neutral-50"
      >
        <MessageSquarePlus aria-hidden className="size-3.5 text-accent" />
        Comment
      </button>
    </div>,
    document.body,
  );
}
