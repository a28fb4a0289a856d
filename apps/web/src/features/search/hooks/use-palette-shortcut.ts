"use client";

import { useSetAtom } from "jotai";
import { useEffect } from "react";
import { paletteOpenAtom } from "../state.ts";

/**
 * Ctrl+K (⌘K on a Mac) anywhere in the app opens the command palette, or closes it — unless
 * something under the cursor took the key first: in a section's text it asks for a link.
 */
export function usePaletteShortcut() {
  const setOpen = useSetAtom(paletteOpenAtom);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "k" || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.shiftKey || event.defaultPrevented) return;
      event.preventDefault();
      setOpen((open) => !open);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [setOpen]);
}
