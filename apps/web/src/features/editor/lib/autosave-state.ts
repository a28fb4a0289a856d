import type { SaveConflictData } from "@dossier/schema";

/**
 * The autosave state machine, as a pure reducer so its rules can be tested without a browser.
 *
 * Edits bump `version`; a save sends the document as of one version and, when it succeeds,
 * everything up to that version is on the server and the returned revision becomes the base of
 * the next save. Only one save is ever in flight: asking for another meanwhile sets `queued`,
 * and the hook starts it when the first one settles. A conflict stops autosaving until the
 * person resolves it (the hook's `reset` then sets the new base), because every later save would
 * be based on the same stale revision.
 */

export type SaveFailureKind =
  /** Someone else saved first; saving again would fail the same way. */
  | "conflict"
  /** The server refused the content or the request (4xx): retrying unchanged won't help. */
  | "rejected"
  /** Offline, timed out or a 5xx: worth retrying as it is. */
  | "transient";

/** `conflict`: what the server said about a conflicting save (the CONFLICT error's data). */
export type SaveFailure = { kind: SaveFailureKind; message: string; conflict?: SaveConflictData };

export type AutosaveState = {
  /** The revision the editor content is based on; null before a section's first save. */
  baseRevisionId: string | null;
  /** Bumped on every edit. */
  version: number;
  /** The highest version known to be stored on the server. */
  savedVersion: number;
  /** The version being sent right now, or null when no save is in flight. */
  inFlight: number | null;
  /** A save was asked for while another was in flight; start it once that one settles. */
  queued: boolean;
  /** The last save's failure, cleared when the next save starts. */
  error: SaveFailure | null;
};

export type AutosaveEvent =
  | { type: "edited" }
  | { type: "saveRequested" }
  | { type: "saveStarted"; version: number }
  /** `revisionId`: the base for the next save (normally the revision just written). */
  | { type: "saveSucceeded"; revisionId: string | null }
  | { type: "saveFailed"; failure: SaveFailure }
  | { type: "reset"; baseRevisionId: string | null };

export const CONFLICT_MESSAGE = "Someone saved this section after you started editing";

export function initialAutosaveState(baseRevisionId: string | null): AutosaveState {
  return { baseRevisionId, version: 0, savedVersion: 0, inFlight: null, queued: false, error: null };
}

export function autosaveReducer(state: AutosaveState, event: AutosaveEvent): AutosaveState {
  switch (event.type) {
    case "edited":
      return { ...state, version: state.version + 1 };
    case "saveRequested":
      // With nothing in flight the caller starts the save itself; otherwise remember to.
      return state.inFlight === null || state.queued ? state : { ...state, queued: true };
    case "saveStarted":
      if (!canStartSave(state)) return state; // never two at once, never past a conflict
      return { ...state, inFlight: Math.min(event.version, state.version), queued: false, error: null };
    case "saveSucceeded":
      if (state.inFlight === null) return state;
      return {
        ...state,
        baseRevisionId: event.revisionId,
        savedVersion: Math.max(state.savedVersion, state.inFlight),
        inFlight: null,
      };
    case "saveFailed":
      if (state.inFlight === null) return state;
      // A conflict ends the queue; other failures are retried by later edits or the hook's retry.
      return { ...state, inFlight: null, queued: false, error: event.failure };
    case "reset":
      return initialAutosaveState(event.baseRevisionId);
  }
}

/**
 * The base for the next save after one succeeded. Normally the revision just written. But when
 * the server merged our save with someone else's and the person kept typing meanwhile, the editor
 * can't show the merge yet; basing the next save on it would send a document without the others'
 * changes and silently drop them. Keeping the old base makes the server merge again instead.
 */
export function baseAfterSave(saved: {
  revisionId: string;
  previousBase: string | null;
  merged: boolean;
  editedSince: boolean;
}): string | null {
  return saved.merged && saved.editedSince ? saved.previousBase : saved.revisionId;
}

/** True when the editor holds words the server doesn't have yet. */
export const hasUnsavedChanges = (state: AutosaveState) => state.version > state.savedVersion;

/** Typed on since the save in flight was sent: that save won't store everything. */
const editedDuringSave = (state: AutosaveState) => state.inFlight !== null && state.version > state.inFlight;

/**
 * Two states the editor draws alike. `version` only matters through what it decides (unsaved
 * changes; an edit made while a save is in flight), so a keystroke in a document that already has
 * unsaved changes draws nothing new: the hook then keeps its rendered state, and typing doesn't
 * redraw the toolbar and notices on every key.
 */
export const rendersAlike = (a: AutosaveState, b: AutosaveState) =>
  a.baseRevisionId === b.baseRevisionId &&
  a.savedVersion === b.savedVersion &&
  a.inFlight === b.inFlight &&
  a.queued === b.queued &&
  a.error === b.error &&
  hasUnsavedChanges(a) === hasUnsavedChanges(b) &&
  editedDuringSave(a) === editedDuringSave(b);

/** A save may start: something to send, nothing in flight, no unresolved conflict. */
export const canStartSave = (state: AutosaveState) =>
  state.inFlight === null && hasUnsavedChanges(state) && state.error?.kind !== "conflict";

/** Whether the hook should start the queued save now that the previous one has settled. */
export const shouldRunQueued = (state: AutosaveState) => state.queued && canStartSave(state);

export type SaveStatus = "saved" | "saving" | "unsaved" | "error" | "offline";

/** Shown instead of the save state while the browser has no connection. */
export const OFFLINE_TEXT = "Offline — changes kept on this device";

export function saveStatus(state: AutosaveState, online = true): SaveStatus {
  if (!online) return "offline";
  if (state.inFlight !== null) return editedDuringSave(state) ? "unsaved" : "saving";
  if (state.error) return "error";
  return hasUnsavedChanges(state) ? "unsaved" : "saved";
}

/** The words shown in the save indicator. */
export function saveStatusText(state: AutosaveState, online = true): string {
  switch (saveStatus(state, online)) {
    case "offline":
      return OFFLINE_TEXT;
    case "saved":
      return "Saved";
    case "saving":
      return "Saving…";
    case "unsaved":
      return "Unsaved changes";
    case "error":
      return `Error: ${state.error?.message ?? "Not saved"}`;
  }
}
