"use client";

import type { SavedRevision } from "@dossier/schema";
import { useStore } from "jotai";
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { useOnline } from "@/hooks/use-online.ts";
import {
  type AutosaveEvent,
  type AutosaveState,
  autosaveReducer,
  baseAfterSave,
  canStartSave,
  hasUnsavedChanges,
  initialAutosaveState,
  rendersAlike,
  saveStatus,
  saveStatusText,
  shouldRunQueued,
} from "../lib/autosave-state.ts";
import { classifySaveError } from "../lib/save-failure.ts";
import { addPendingSave, pendingSavesAtom, removePendingSave } from "../state.ts";
import { useSaveTriggers } from "./use-save-triggers.ts";

/** A save's answer: the revision written and, when the server merged a stale save, the merge. */
export type SaveOutcome<TContent> = SavedRevision & { merged: TContent | null };

export type AutosaveOptions<TContent> = {
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

/** The reducer's state, kept in a ref (read at call time) and in React state (for rendering). */
function useAutosaveMachine(baseRevisionId: string | null) {
  const stateRef = useRef<AutosaveState>(initialAutosaveState(baseRevisionId));
  const [state, setState] = useState(stateRef.current);
  // `flush` callers, told once nothing is unsaved (true) or a save failed (false).
  const flushWaiters = useRef<((saved: boolean) => void)[]>([]);

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

  // What was last handed to React: logic reads stateRef, rendering needs only what it can show.
  const rendered = useRef(stateRef.current);
  const dispatch = useCallback(
    (event: AutosaveEvent) => {
      stateRef.current = autosaveReducer(stateRef.current, event);
      if (!rendersAlike(rendered.current, stateRef.current)) {
        rendered.current = stateRef.current;
        setState(stateRef.current);
      }
      settleFlushes();
    },
    [settleFlushes],
  );
  return { stateRef, state, dispatch, flushWaiters, settleFlushes };
}

type Machine = ReturnType<typeof useAutosaveMachine>;

/**
 * Sends saves, one at a time. Saves that outlive the editor (leaving the section) are counted in
 * `pendingSavesAtom`, so the next editor of the document waits for them.
 */
function useSavePump<TContent>(latest: RefObject<AutosaveOptions<TContent>>, machine: Machine) {
  const store = useStore();
  const { stateRef, dispatch, settleFlushes } = machine;
  const retryTimer = useRef<number | undefined>(undefined);
  const retries = useRef(0);
  // Set when the component unmounts: later (queued) saves send this last snapshot.
  const frozen = useRef<{ content: TContent } | null>(null);
  // Bumped by `reset`: answers to saves sent before it are about a document no longer shown.
  const generation = useRef(0);

  const content = useCallback(
    () => (frozen.current ? frozen.current.content : latest.current.getContent()),
    [latest],
  );

  const pump = useCallback(() => {
    const current = stateRef.current;
    const options = latest.current;
    if (!options.enabled || !canStartSave(current)) return;
    if (!navigator.onLine) {
      // No point trying: keep the work on this device; the "online" event sends it.
      options.onUnsaved?.(content(), current.baseRevisionId);
      settleFlushes();
      return;
    }
    const { version, baseRevisionId: base } = current;
    const snapshot = content();
    const sentIn = generation.current;
    const key = options.documentKey;
    dispatch({ type: "saveStarted", version });
    store.set(pendingSavesAtom, (counts) => addPendingSave(counts, key));
    const settled = () => store.set(pendingSavesAtom, (counts) => removePendingSave(counts, key));
    options.save(snapshot, base).then(
      ({ merged, ...saved }) => {
        if (sentIn === generation.current) {
          const editedSince = stateRef.current.version > version;
          if (merged && !editedSince) latest.current.applyMerged?.(merged);
          const revisionId = baseAfterSave({
            revisionId: saved.id,
            previousBase: base,
            merged: merged !== null,
            editedSince,
          });
          dispatch({ type: "saveSucceeded", revisionId });
          retries.current = 0;
          latest.current.onSaved?.(saved, merged ?? snapshot, hasUnsavedChanges(stateRef.current));
          if (shouldRunQueued(stateRef.current)) pump();
        }
        settled();
      },
      (error: unknown) => {
        if (sentIn === generation.current) {
          const failure = classifySaveError(error);
          dispatch({ type: "saveFailed", failure });
          latest.current.onUnsaved?.(content(), stateRef.current.baseRevisionId);
          if (failure.kind === "transient") {
            window.clearTimeout(retryTimer.current);
            // Back off (5 s, 10 s, … up to a minute) so a server that is down isn't hammered.
            const delay = Math.min(RETRY_MAX_MS, RETRY_MS * 2 ** retries.current);
            retries.current += 1;
            retryTimer.current = window.setTimeout(pump, delay);
          }
        }
        settled();
      },
    );
  }, [content, dispatch, latest, settleFlushes, stateRef, store]);

  return { pump, content, frozen, generation, retryTimer, retries };
}

/** Leaving the section (route change) unmounts the editor: send what is left. */
function useSaveOnLeave<TContent>({
  latest,
  stateRef,
  frozen,
  timer,
  retryTimer,
  dispatch,
  pump,
}: {
  latest: RefObject<AutosaveOptions<TContent>>;
  stateRef: RefObject<AutosaveState>;
  frozen: RefObject<{ content: TContent } | null>;
  timer: RefObject<number | undefined>;
  retryTimer: RefObject<number | undefined>;
  dispatch: (event: AutosaveEvent) => void;
  pump: () => void;
}) {
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
  }, [dispatch, frozen, latest, pump, retryTimer, stateRef, timer]);
}

/**
 * Saves an editor's content ~`delayMs` after typing stops, on Ctrl/Cmd+S, when the tab is hidden
 * and when the component unmounts (leaving the section); warns before closing the tab with
 * unsaved work. While the browser is offline nothing is sent: the work is kept on this device
 * (`onUnsaved`) and goes out, on its original base revision, when the connection returns.
 * The rules live in the pure reducer (lib/autosave-state.ts); this hook only wires
 * it to timers, the network and the browser.
 */
export function useAutosave<TContent>(options: AutosaveOptions<TContent>) {
  const { enabled, delayMs = 1_500 } = options;
  const latest = useRef(options);
  latest.current = options;
  const machine = useAutosaveMachine(options.baseRevisionId);
  const { stateRef, state, dispatch, flushWaiters, settleFlushes } = machine;
  const online = useOnline();
  const { pump, content, frozen, generation, retryTimer, retries } = useSavePump(latest, machine);
  const timer = useRef<number | undefined>(undefined);

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
    [flushWaiters, saveNow, settleFlushes],
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
    [dispatch, generation, retries, retryTimer],
  );

  /** Call on every document change. */
  const markEdited = useCallback(() => {
    if (!latest.current.enabled) return;
    dispatch({ type: "edited" });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(saveNow, delayMs);
  }, [delayMs, dispatch, saveNow]);

  useSaveTriggers({ enabled, stateRef, latest, content, pump, saveNow });

  useSaveOnLeave({ latest, stateRef, frozen, timer, retryTimer, dispatch, pump });

  return {
    state,
    status: saveStatus(state, online),
    statusText: saveStatusText(state, online),
    online,
    hasUnsavedChanges: hasUnsavedChanges(state),
    /** Read at call time (not render time), for imperative checks. */
    hasUnsavedChangesNow: () => hasUnsavedChanges(stateRef.current),
    /** The revision the next save builds on, read at call time. */
    baseRevisionIdNow: () => stateRef.current.baseRevisionId,
    markEdited,
    saveNow,
    flush,
    reset,
  };
}

export type Autosave = ReturnType<typeof useAutosave>;
