import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AutosaveEvent,
  type AutosaveState,
  autosaveReducer,
  baseAfterSave,
  CONFLICT_MESSAGE,
  canStartSave,
  hasUnsavedChanges,
  initialAutosaveState,
  OFFLINE_TEXT,
  rendersAlike,
  saveStatus,
  saveStatusText,
  shouldRunQueued,
} from "./autosave-state.ts";

const run = (events: AutosaveEvent[], start: AutosaveState = initialAutosaveState("rev-1")) =>
  events.reduce(autosaveReducer, start);

const edited: AutosaveEvent = { type: "edited" };
const started = (version: number): AutosaveEvent => ({ type: "saveStarted", version });
const succeeded = (revisionId: string): AutosaveEvent => ({ type: "saveSucceeded", revisionId });

describe("autosave state", () => {
  it("starts saved, with nothing to send", () => {
    const state = initialAutosaveState(null);
    expect(saveStatusText(state)).toBe("Saved");
    expect(canStartSave(state)).toBe(false);
  });

  it("goes unsaved → saving → saved, and the new revision becomes the base", () => {
    let state = run([edited, edited]);
    expect(saveStatusText(state)).toBe("Unsaved changes");
    state = autosaveReducer(state, started(state.version));
    expect(saveStatusText(state)).toBe("Saving…");
    state = autosaveReducer(state, succeeded("rev-2"));
    expect(saveStatusText(state)).toBe("Saved");
    expect(state.baseRevisionId).toBe("rev-2");
    expect(hasUnsavedChanges(state)).toBe(false);
  });

  it("never starts a second save while one is in flight", () => {
    const inFlight = run([edited, started(1), edited]);
    expect(canStartSave(inFlight)).toBe(false);
    expect(autosaveReducer(inFlight, started(2))).toBe(inFlight);
  });

  it("stays unsaved when typing continues during a save, then runs the queued save", () => {
    let state = run([edited, started(1), edited]);
    expect(saveStatusText(state)).toBe("Unsaved changes");
    state = autosaveReducer(state, { type: "saveRequested" });
    expect(state.queued).toBe(true);
    state = autosaveReducer(state, succeeded("rev-2"));
    // The first save stored version 1 only; version 2 still has to go, based on rev-2.
    expect(saveStatusText(state)).toBe("Unsaved changes");
    expect(state.baseRevisionId).toBe("rev-2");
    expect(shouldRunQueued(state)).toBe(true);
    state = run([started(state.version), succeeded("rev-3")], state);
    expect(saveStatusText(state)).toBe("Saved");
    expect(state.queued).toBe(false);
  });

  it("does not queue a save when nothing changed during the one in flight", () => {
    const state = run([edited, started(1), { type: "saveRequested" }, succeeded("rev-2")]);
    expect(shouldRunQueued(state)).toBe(false);
    expect(saveStatusText(state)).toBe("Saved");
  });

  it("shows the reason of a failed save and retries on the next attempt", () => {
    let state = run([
      edited,
      started(1),
      { type: "saveFailed", failure: { kind: "transient", message: "Offline" } },
    ]);
    expect(saveStatusText(state)).toBe("Error: Offline");
    expect(state.baseRevisionId).toBe("rev-1");
    expect(canStartSave(state)).toBe(true);
    state = autosaveReducer(state, started(state.version));
    expect(saveStatusText(state)).toBe("Saving…");
    expect(state.error).toBeNull();
  });

  it("stops autosaving after a conflict until reset with the latest revision", () => {
    let state = run([
      edited,
      started(1),
      edited,
      { type: "saveRequested" },
      { type: "saveFailed", failure: { kind: "conflict", message: CONFLICT_MESSAGE } },
    ]);
    expect(saveStatusText(state)).toBe(`Error: ${CONFLICT_MESSAGE}`);
    expect(canStartSave(state)).toBe(false);
    expect(shouldRunQueued(state)).toBe(false);
    state = run([edited, started(state.version)], state);
    expect(state.inFlight).toBeNull();
    expect(saveStatusText(state)).toBe(`Error: ${CONFLICT_MESSAGE}`);

    state = autosaveReducer(state, { type: "reset", baseRevisionId: "rev-9" });
    expect(state).toEqual(initialAutosaveState("rev-9"));
    expect(saveStatusText(state)).toBe("Saved");
  });

  it("ignores settle events that arrive with no save in flight", () => {
    const state = run([edited]);
    expect(autosaveReducer(state, succeeded("rev-x"))).toBe(state);
    expect(autosaveReducer(state, { type: "saveFailed", failure: { kind: "transient", message: "x" } })).toBe(
      state,
    );
  });

  it("bases the next save on the new revision, unless a merge arrived while typing went on", () => {
    const saved = { revisionId: "rev-3", previousBase: "rev-1" };
    expect(baseAfterSave({ ...saved, merged: false, editedSince: true })).toBe("rev-3");
    expect(baseAfterSave({ ...saved, merged: true, editedSince: false })).toBe("rev-3");
    // The editor still lacks the others' changes: the server must merge the next save again.
    expect(baseAfterSave({ ...saved, merged: true, editedSince: true })).toBe("rev-1");
    expect(
      baseAfterSave({ revisionId: "rev-2", previousBase: null, merged: true, editedSince: true }),
    ).toBeNull();
  });
});

describe("autosave state while offline", () => {
  it("says the work is kept on this device, whatever the save state", () => {
    const unsaved = run([edited]);
    expect(saveStatus(unsaved, false)).toBe("offline");
    expect(saveStatusText(unsaved, false)).toBe(OFFLINE_TEXT);
    expect(OFFLINE_TEXT).toBe("Offline — changes kept on this device");
    expect(saveStatusText(run([edited, started(1), succeeded("rev-2")]), false)).toBe(OFFLINE_TEXT);
    // Back online, the usual words.
    expect(saveStatusText(unsaved, true)).toBe("Unsaved changes");
  });

  it("a reset starts over on the given revision with nothing to send", () => {
    const state = run([edited, { type: "reset", baseRevisionId: "rev-9" }]);
    expect(state.baseRevisionId).toBe("rev-9");
    expect(hasUnsavedChanges(state)).toBe(false);
    expect(saveStatusText(state)).toBe("Saved");
  });
});

describe("what typing redraws", () => {
  it("a key in a document already unsaved draws nothing new; the first edit and edits during a save do", () => {
    const clean = initialAutosaveState("rev-1");
    const unsaved = run([edited], clean);
    expect(rendersAlike(clean, unsaved)).toBe(false);
    expect(rendersAlike(unsaved, run([edited], unsaved))).toBe(true);
    const saving = run([started(unsaved.version)], unsaved);
    expect(rendersAlike(unsaved, saving)).toBe(false);
    const typedDuringSave = run([edited], saving);
    expect(rendersAlike(saving, typedDuringSave)).toBe(false); // "Saving…" → "Unsaved changes"
    expect(rendersAlike(typedDuringSave, run([edited], typedDuringSave))).toBe(true);
  });

  const event = fc.oneof(
    fc.constant(edited),
    fc.constant<AutosaveEvent>({ type: "saveRequested" }),
    fc.nat(20).map(started),
    fc.constantFrom("rev-2", "rev-3").map(succeeded),
    fc.constant<AutosaveEvent>({ type: "saveFailed", failure: { kind: "transient", message: "offline" } }),
    fc.constantFrom("rev-1", "rev-4").map((id): AutosaveEvent => ({ type: "reset", baseRevisionId: id })),
  );

  it("states drawn alike answer every question the editor's screen asks alike", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), fc.array(event, { maxLength: 12 }), (a, b) => {
        const first = run(a);
        const second = run(b, first);
        if (!rendersAlike(first, second)) return;
        for (const online of [true, false]) {
          expect(saveStatusText(second, online)).toBe(saveStatusText(first, online));
          expect(saveStatus(second, online)).toBe(saveStatus(first, online));
        }
        expect(hasUnsavedChanges(second)).toBe(hasUnsavedChanges(first));
        expect(canStartSave(second)).toBe(canStartSave(first));
        expect(shouldRunQueued(second)).toBe(shouldRunQueued(first));
        expect(second.baseRevisionId).toBe(first.baseRevisionId);
        expect(second.error).toBe(first.error);
      }),
    );
  });
});
