"use client";

import type { DocumentJson, SavedRevision } from "@dossier/schema";
import type { Editor } from "@tiptap/react";
import { atom, useAtomValue, useSetAtom } from "jotai";
import { useEffect } from "react";

/**
 * What other features may ask of the section editor open in this tab: the comments highlight
 * and pin through its Tiptap `editor`; the history's restore and the comments' pinning save
 * unsaved work first; a restore shows the revision it wrote. The section editor publishes this
 * while it is mounted (`usePublishOpenEditor`); nothing else writes it.
 */
export type OpenEditor = {
  sectionId: string;
  editor: Editor;
  /** Words typed here that the server doesn't have yet. */
  hasUnsavedChanges: () => boolean;
  /** A save is on its way to the server. */
  isSaving: () => boolean;
  /** Why the last save failed, if it did. */
  saveProblem: () => string | null;
  /** Saves now; true once everything is on the server, false if that isn't possible. */
  flush: () => Promise<boolean>;
  /** The revision the next save builds on (after `flush`, the one it wrote). */
  baseRevisionId: () => string | null;
  /** Shows `content` as revision `revision`, the base of the next save; nothing is saved. */
  load: (revision: SavedRevision, content: DocumentJson) => void;
};

export const openEditorAtom = atom<OpenEditor | null>(null);

/** The open editor of `sectionId`, if one is mounted in this tab. */
export function useOpenEditor(sectionId: string): OpenEditor | null {
  const open = useAtomValue(openEditorAtom);
  return open?.sectionId === sectionId ? open : null;
}

/** Called by the section editor: makes it reachable from the other features while mounted. */
export function usePublishOpenEditor(handle: OpenEditor | null) {
  const set = useSetAtom(openEditorAtom);
  useEffect(() => {
    if (!handle) return;
    set(handle);
    return () => set((current) => (current === handle ? null : current));
  }, [handle, set]);
}

/**
 * Documents with a save still in flight (key → how many), possibly from an editor that has
 * already unmounted. A new editor for the same document waits for them, so it starts from the
 * revision they wrote.
 */
export const pendingSavesAtom = atom<ReadonlyMap<string, number>>(new Map());

export const addPendingSave = (counts: ReadonlyMap<string, number>, key: string) =>
  new Map(counts).set(key, (counts.get(key) ?? 0) + 1);

export function removePendingSave(counts: ReadonlyMap<string, number>, key: string) {
  const next = new Map(counts);
  const n = (counts.get(key) ?? 1) - 1;
  if (n <= 0) next.delete(key);
  else next.set(key, n);
  return next;
}

/** True while a save of `documentKey` is in flight anywhere in this tab. */
export function useSavePending(documentKey: string): boolean {
  return useAtomValue(pendingSavesAtom).has(documentKey);
}
