"use client";

import { atom, useAtom } from "jotai";
import { useCallback } from "react";

/**
 * What the main column of a section shows instead of its editor, if anything: one revision,
 * read-only, or the comparison of two (`from` null = the empty section). Chosen in the history
 * panel, shown by the history stage.
 */
export type HistoryView =
  | { kind: "revision"; revisionId: string }
  | { kind: "compare"; fromId: string | null; toId: string };

/** One section is open at a time; the view remembers which one it belongs to. */
const historyViewAtom = atom<{ sectionId: string; view: HistoryView } | null>(null);

export function useHistoryView(sectionId: string) {
  const [open, setOpen] = useAtom(historyViewAtom);
  const view = open?.sectionId === sectionId ? open.view : null;
  const setView = useCallback(
    (next: HistoryView | null) => setOpen(next ? { sectionId, view: next } : null),
    [sectionId, setOpen],
  );
  return [view, setView] as const;
}
