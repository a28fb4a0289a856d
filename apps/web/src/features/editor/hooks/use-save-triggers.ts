"use client";

import { type RefObject, useEffect } from "react";
import { type AutosaveState, hasUnsavedChanges } from "../lib/autosave-state.ts";

/** Ctrl/Cmd+S, a hidden tab, coming back online and closing the tab all save (see useAutosave). */
export function useSaveTriggers<TContent>({
  enabled,
  stateRef,
  latest,
  content,
  pump,
  saveNow,
}: {
  enabled: boolean;
  stateRef: RefObject<AutosaveState>;
  latest: RefObject<{ onUnsaved?: (content: TContent, baseRevisionId: string | null) => void }>;
  content: () => TContent;
  pump: () => void;
  saveNow: () => void;
}) {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === "s") {
        event.preventDefault();
        saveNow();
      }
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") saveNow();
    };
    const onOnline = () => pump();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const s = stateRef.current;
      if (!hasUnsavedChanges(s)) return;
      latest.current.onUnsaved?.(content(), s.baseRevisionId);
      saveNow();
      event.preventDefault();
      // Older browsers need returnValue set to show the "leave site?" prompt.
      event.returnValue = "";
    };
    window.addEventListener("keydown", onKeyDown);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("online", onOnline);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [content, enabled, latest, pump, saveNow, stateRef]);
}
