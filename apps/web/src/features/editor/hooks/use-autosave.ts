"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { errorMessage, isTRPCClientError } from "@/trpc/errors.ts";
import {
  type AutosaveEvent,
  type AutosaveState,
  autosaveReducer,
  baseAfterSave,
  CONFLICT_MESSAGE,
  type ConflictInfo,
  canStartSave,
  hasUnsavedChanges,
  initialAutosaveState,
  type SaveFailure,
  saveStatus,
  saveStatusText,
  shouldRunQueued,
} from "../lib/autosave-state.ts";

export type SavedRevision = { id: string; number: number; wordCount: number; createdAt: Date };

/**
 * A save's answer. `merged` is set when the save was based on a stale revision and the server
 * merged it with what others saved meanwhile: the stored document is then that merge.
 */
export type SaveOutcome<TContent> = SavedRevision & { merged: TContent | null };

type Options<TContent> = {
  /** Identifies the document; saves still running for it after unmount are tracked under it. */
  documentKey: string;
  /** The revision the editor was loaded from. */
  baseRevisionId: string | null;
  /** Read-only editors never save. */
  enabled: boolean;
  /** The document as it is now (called once per save). */
  getContent: () => TContent;
  save: (content: TContent, baseRevisionId: string | null) => Promise<SaveOutcome<TContent>>;
  /** Show a server-merged document in the editor (without counting it as an edit). */
  applyMerged?: (content: TContent) => void;
  /** `stillUnsaved`: edits made during the save are waiting for the next one. */
  onSaved?: (revision: SavedRevision, stored: TContent, stillUnsaved: boolean) => void;
  /** Called when work is at risk (leaving with unsaved changes, a failed save): keep a local copy. */
  onUnsaved?: (content: TContent, baseRevisionId: string | null) => void;
  delayMs?: number;
};

const RETRY_MS = 5_000;
const RETRY_MAX_MS = 60_000;

function classify(error: unknown): SaveFailure {
  if (isTRPCClientError(error) && error.data) {
    if (error.data.code === "CONFLICT") {
      return { kind: "conflict", message: CONFLICT_MESSAGE, conflict: conflictInfo(error.data.appData) };
    }
    if (error.data.httpStatus < 500) return { kind: "rejected", message: errorMessage(error) };
  }
  return { kind: "transient", message: errorMessage(error) };
}

/** The CONFLICT error's `appData` ({ currentRevisionId, currentNumber, conflicts }), if well formed. */
function conflictInfo(data: unknown): ConflictInfo | undefined {
  if (!data || typeof data !== "object") return undefined;
  const d = data as Partial<ConflictInfo>;
  if (typeof d.currentNumber !== "number") return undefined;
  return {
    currentRevisionId: typeof d.currentRevisionId === "string" ? d.currentRevisionId : null,
    currentNumber: d.currentNumber,
    conflicts: Array.isArray(d.conflicts) ? d.conflicts : [],
  };
}

/** navigator.onLine, kept current by the browser's online/offline events. */
function subscribeOnline(listener: () => void) {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}

/**
 * Saves an editor's content ~`delayMs` after typing stops, on Ctrl/Cmd+S, when the tab is hidden
 * and when the component unmounts (leaving the section); warns before closing the tab with
 * unsaved work. While the browser is offline nothing is sent: the work is kept on this device
 * (`onUnsaved`) and goes out, on its original base revision, when the connection returns.
 * The rules live in the pure reducer (lib/autosave-state.ts); this hook only wires
 * it to timers, the network and the browser.
 */
export function useAutosave<TContent>(options: Options<TContent>) {
  const { documentKey, enabled, delayMs = 1_500 } = options;
  const latest = useRef(options);
  latest.current = options;

  const stateRef = useRef<AutosaveState>(initialAutosaveState(options.baseRevisionId));
  const [state, setState] = useState(stateRef.current);
  const timer = useRef<number | undefined>(undefined);
  const retryTimer = useRef<number | undefined>(undefined);
  const retries = useRef(0);
  // Set when the component unmounts: later (queued) saves send this last snapshot.
  const frozen = useRef<{ content: TContent } | null>(null);
  // Bumped by `reset`: answers to saves sent before it are about a document no longer shown.
  const generation = useRef(0);
  // `flush` callers, told once nothing is unsaved (true) or a save failed (false).
  const flushWaiters = useRef<((saved: boolean) => void)[]>([]);
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );

  const settleFlushes = useCallback(() => {
    const s = stateRef.current;
    if (flushWaiters.current.length === 0 || s.inFlight !== null) return;
    const offline = typeof navigator !== "undefined" && !navigator.onLine;
    const outcome = !hasUnsavedChanges(s) ? true : s.error || offline ? false : null;
    if (outcome === null) return;
    const waiters = flushWaiters.current;
    flushWaiters.current = [];
    for (const resolve of waiters) resolve(outcome);
  }, []);

  const dispatch = useCallback(
    (event: AutosaveEvent) => {
      stateRef.current = autosaveReducer(stateRef.current, event);
      setState(stateRef.current);
      settleFlushes();
    },
    [settleFlushes],
  );

  const content = useCallback(
    () => (frozen.current ? frozen.current.content : latest.current.getContent()),
    [],
  );

  const pump = useCallback(() => {
    const current = stateRef.current;
    if (!latest.current.enabled || !canStartSave(current)) return;
    if (!navigator.onLine) {
      // No point trying: keep the work on this device; the "online" event sends it.
      latest.current.onUnsaved?.(content(), current.baseRevisionId);
      settleFlushes();
      return;
    }
    const version = current.version;
    const base = current.baseRevisionId;
    const snapshot = content();
    const sentIn = generation.current;
    dispatch({ type: "saveStarted", version });
    pendingSaves.add(documentKey);
    latest.current.save(snapshot, base).then(
      (revision) => {
        if (sentIn !== generation.current) {
          pendingSaves.remove(documentKey);
          return;
        }
        const { merged, ...saved } = revision;
        const editedSince = stateRef.current.version > version;
        if (merged && !editedSince) latest.current.applyMerged?.(merged);
        const nextBase = baseAfterSave({
          revisionId: saved.id,
          previousBase: base,
          merged: merged !== null,
          editedSince,
        });
        dispatch({ type: "saveSucceeded", revisionId: nextBase });
        retries.current = 0;
        latest.current.onSaved?.(saved, merged ?? snapshot, hasUnsavedChanges(stateRef.current));
        if (shouldRunQueued(stateRef.current)) pump();
        pendingSaves.remove(documentKey);
      },
      (error: unknown) => {
        if (sentIn !== generation.current) {
          pendingSaves.remove(documentKey);
          return;
        }
        const failure = classify(error);
        dispatch({ type: "saveFailed", failure });
        latest.current.onUnsaved?.(content(), stateRef.current.baseRevisionId);
        if (failure.kind === "transient") {
          window.clearTimeout(retryTimer.current);
          // Back off (5 s, 10 s, … up to a minute) so a server that is down isn't hammered.
          const delay = Math.min(RETRY_MAX_MS, RETRY_MS * 2 ** retries.current);
          retries.current += 1;
          retryTimer.current = window.setTimeout(pump, delay);
        }
        pendingSaves.remove(documentKey);
      },
    );
  }, [content, dispatch, documentKey, settleFlushes]);

  /** Save as soon as possible: now, or right after the save in flight. */
  const saveNow = useCallback(() => {
    window.clearTimeout(timer.current);
    dispatch({ type: "saveRequested" });
    pump();
  }, [dispatch, pump]);

  /** Saves now; resolves true once everything is on the server, false if it can't be (failure, offline). */
  const flush = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        // Start first: a failure left over from an earlier save must not answer for this one.
        saveNow();
        flushWaiters.current.push(resolve);
        settleFlushes();
      }),
    [saveNow, settleFlushes],
  );

  /**
   * Starts over on `baseRevisionId` with nothing unsaved: the editor now shows that revision
   * (a restore, a resolved conflict) or local work to be sent on that base (a restored draft).
   */
  const reset = useCallback(
    (baseRevisionId: string | null) => {
      generation.current += 1;
      window.clearTimeout(timer.current);
      window.clearTimeout(retryTimer.current);
      retries.current = 0;
      dispatch({ type: "reset", baseRevisionId });
    },
    [dispatch],
  );

  /** Call on every document change. */
  const markEdited = useCallback(() => {
    if (!latest.current.enabled) return;
    dispatch({ type: "edited" });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(saveNow, delayMs);
  }, [delayMs, dispatch, saveNow]);

  // Ctrl/Cmd+S, hidden tab, coming back online, closing the tab.
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
  }, [content, enabled, pump, saveNow]);

  // Leaving the section (route change) unmounts the editor: send what is left.
  useEffect(() => {
    frozen.current = null; // (re)mounted: read the live editor again (Strict Mode remounts)
    return () => {
      window.clearTimeout(timer.current);
      window.clearTimeout(retryTimer.current);
      const s = stateRef.current;
      if (!latest.current.enabled || !hasUnsavedChanges(s)) return;
      frozen.current = { content: latest.current.getContent() };
      latest.current.onUnsaved?.(frozen.current.content, s.baseRevisionId);
      dispatch({ type: "saveRequested" });
      pump();
    };
  }, [dispatch, pump]);

  return {
    state,
    status: saveStatus(state, online),
    statusText: saveStatusText(state, online),
    online,
    hasUnsavedChanges: hasUnsavedChanges(state),
    /** Read at call time (not render time), for imperative checks. */
    hasUnsavedChangesNow: () => hasUnsavedChanges(stateRef.current),
    markEdited,
    saveNow,
    flush,
    reset,
  };
}

/**
 * Documents with a save still in flight, possibly from an editor that has already unmounted.
 * A new editor for the same document waits for them, so it starts from the revision they wrote.
 */
const pendingSaves = (() => {
  const counts = new Map<string, number>();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    add(key: string) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      notify();
    },
    remove(key: string) {
      const n = (counts.get(key) ?? 1) - 1;
      if (n <= 0) counts.delete(key);
      else counts.set(key, n);
      notify();
    },
    has: (key: string) => counts.has(key),
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
})();

/** True while a save of `documentKey` is in flight anywhere in this tab. */
export function useSavePending(documentKey: string): boolean {
  return useSyncExternalStore(
    pendingSaves.subscribe,
    () => pendingSaves.has(documentKey),
    () => false,
  );
}
