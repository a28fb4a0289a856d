"use client";

import type { DocumentJson } from "@dossier/schema";
import { useEffect, useRef } from "react";

/** A revision just written by the server (restore, conflict resolution). */
export type WrittenRevision = { id: string; number: number; wordCount: number; createdAt: Date };

/**
 * What the history panel may ask of a section's open editor: whether it holds unsaved work,
 * to save it now, and to show a revision the server just wrote as its new starting point.
 */
export type HistoryEditorHandle = {
  hasUnsavedChanges: () => boolean;
  /** Saves now; true once everything is on the server, false if that isn't possible. */
  flush: () => Promise<boolean>;
  /** Shows `content` as revision `revision`, the base of the next save; nothing is saved. */
  load: (revision: WrittenRevision, content: DocumentJson) => void;
};

const handles = new Map<string, HistoryEditorHandle>();

/** The open editor of a section, if one is mounted in this tab. */
export const historyEditor = (sectionId: string): HistoryEditorHandle | undefined => handles.get(sectionId);

/** Called by the section editor: makes it reachable from the history panel while mounted. */
export function useRegisterHistoryEditor(sectionId: string, handle: HistoryEditorHandle) {
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    const proxy: HistoryEditorHandle = {
      hasUnsavedChanges: () => latest.current.hasUnsavedChanges(),
      flush: () => latest.current.flush(),
      load: (revision, content) => latest.current.load(revision, content),
    };
    handles.set(sectionId, proxy);
    return () => {
      if (handles.get(sectionId) === proxy) handles.delete(sectionId);
    };
  }, [sectionId]);
}
