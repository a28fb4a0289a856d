"use client";

import { atom } from "jotai";
import { atomWithStorage, createJSONStorage } from "jotai/utils";
import { useSectionUrl, writeSectionUrl } from "@/hooks/use-section-url.ts";

/**
 * The comments' UI state on a section page, in small atoms that change independently (the
 * threads themselves are server data: queries.ts). Reset when the page moves to another section
 * (`resetCommentsAtom`); only the panel's open/closed choice is remembered across sections and
 * visits. The thread being read is in the URL (`?thread=`, lib/section-url.ts), so a link or a
 * reload opens the panel on it.
 */

/** The new-comment box: on the selected words, or on the whole section. */
export type Composer = { kind: "range"; quote: string } | { kind: "section" };

/** The leaf section whose comments the page shows (null on group sections). */
export const commentsSectionAtom = atom<{ briefId: string; sectionId: string; sectionKey: string } | null>(
  null,
);

// Stored as "open"/"closed", as it always was, so a remembered choice survives this change.
const panelStorage = createJSONStorage<boolean>(() => ({
  getItem: (key) => JSON.stringify(window.localStorage.getItem(key) === "open"),
  setItem: (key, value) => {
    try {
      window.localStorage.setItem(key, JSON.parse(value) ? "open" : "closed");
    } catch {
      // private mode: the choice just isn't remembered
    }
  },
  removeItem: (key) => window.localStorage.removeItem(key),
}));

export const panelOpenAtom = atomWithStorage("dossier:comments-panel", false, panelStorage);
/** The active thread: the one in the URL. */
export const useActiveThread = (): string | null => useSectionUrl().thread;
/**
 * The thread this page last put in the URL itself. A `?thread=` that differs came from a link or
 * Back/Forward and is opened as one (use-thread-from-url.ts); one we wrote was handled here.
 */
export const writtenThreadAtom = atom<string | null>(null);
export const hoveredThreadAtom = atom<string | null>(null);
export const showResolvedAtom = atom(false);
export const composerAtom = atom<Composer | null>(null);
/** Read out by the panel's live region. */
export const announcementAtom = atom("");
/** A thread whose highlighted words should scroll into view once the editor has drawn them. */
export const pendingScrollAtom = atom<string | null>(null);

/** Says `message` to screen readers (set again even when repeated, so it is heard again). */
export const announceAtom = atom(null, (_get, set, message: string) => {
  set(announcementAtom, "");
  requestAnimationFrame(() => set(announcementAtom, message));
});

/**
 * Makes a thread the active one (null: none), in place in the URL; optionally scrolls its words
 * and/or its card into view.
 */
export const activateThreadAtom = atom(
  null,
  (_get, set, id: string | null, options: { scrollEditor?: boolean; scrollCard?: boolean } = {}) => {
    set(writtenThreadAtom, id);
    writeSectionUrl({ thread: id });
    if (!id) return;
    if (options.scrollEditor) set(pendingScrollAtom, id);
    if (options.scrollCard) {
      requestAnimationFrame(() =>
        document.getElementById(`thread-${id}`)?.scrollIntoView({ block: "nearest", behavior: "smooth" }),
      );
    }
  },
);

/** Closing the panel lets go of its thread: a URL with `?thread=` means the panel is open on it. */
export const closePanelAtom = atom(null, (_get, set) => {
  set(panelOpenAtom, false);
  set(activateThreadAtom, null);
});

export const resetCommentsAtom = atom(null, (_get, set) => {
  set(commentsSectionAtom, null);
  set(writtenThreadAtom, null);
  set(hoveredThreadAtom, null);
  set(showResolvedAtom, false);
  set(composerAtom, null);
  set(announcementAtom, "");
  set(pendingScrollAtom, null);
});
