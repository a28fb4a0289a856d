"use client";

import { useCallback, useSyncExternalStore } from "react";

/**
 * What the main column of a section shows instead of its editor, if anything: one revision,
 * read-only, or the comparison of two (`from` null = the empty section). Chosen in the history
 * panel, shown by the history stage; they share it through this small per-section store so the
 * section view needs no extra wiring.
 */
export type HistoryView =
  | { kind: "revision"; revisionId: string }
  | { kind: "compare"; fromId: string | null; toId: string };

const views = new Map<string, HistoryView>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function setHistoryView(sectionId: string, view: HistoryView | null) {
  if (view) views.set(sectionId, view);
  else views.delete(sectionId);
  for (const listener of listeners) listener();
}

export function useHistoryView(sectionId: string) {
  const view = useSyncExternalStore(
    subscribe,
    () => views.get(sectionId) ?? null,
    () => null,
  );
  const setView = useCallback((next: HistoryView | null) => setHistoryView(sectionId, next), [sectionId]);
  return [view, setView] as const;
}
