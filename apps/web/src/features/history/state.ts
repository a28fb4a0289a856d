"use client";

import { historyEntryNote, useSectionUrl, writeSectionUrl } from "@/hooks/use-section-url.ts";
import { type HistoryView, readSectionUrl, withSectionUrl } from "@/lib/section-url.ts";

export type { HistoryView };

/**
 * What the main column of a section shows instead of its editor, if anything: one revision,
 * read-only, or the comparison of two. The URL holds it (`?rev=`, `?compare=`: lib/section-url.ts),
 * so a link or a reload shows the same view, and moving to another section (a link without these
 * params) leaves it behind.
 */
export function useHistoryView(): HistoryView | null {
  return useSectionUrl().history;
}

/**
 * Back in the browser closes the stage, as it would leave a page the stage looks like: opening it
 * adds a history entry, marked with the query string under it and this document. Everything done
 * inside (other revisions, the pickers) replaces that entry, so Back never walks through picks.
 */
type Opened = { below: string; document: number };

const isOpened = (note: unknown): note is Opened =>
  typeof note === "object" && note !== null && "below" in note && "document" in note;

const currentView = () => readSectionUrl(new URLSearchParams(window.location.search)).history;

/** Opens a revision or a comparison from outside the stage (the history list, the review bar). */
export function openHistoryView(view: HistoryView) {
  if (currentView()) return showHistoryView(view);
  const below: Opened = {
    below: withSectionUrl(window.location.search, {}),
    document: performance.timeOrigin,
  };
  writeSectionUrl({ history: view }, { push: true, note: below });
}

/** Shows something else in the open stage, in the same history entry. */
export function showHistoryView(view: HistoryView) {
  writeSectionUrl({ history: view });
}

/**
 * Back to the editor (Escape, "Back to editing", after a restore). When the entry under this one
 * is exactly where closing leads, it goes back to it, so Back and Forward stay meaningful;
 * otherwise — a link opened in a new tab, a reload (the entry under it belongs to the document
 * before), a thread picked meanwhile — it replaces this entry with the closed view.
 */
export function closeHistoryView() {
  const note = historyEntryNote();
  const closed = withSectionUrl(window.location.search, { history: null });
  if (isOpened(note) && note.document === performance.timeOrigin && note.below === closed) {
    window.history.back();
  } else {
    writeSectionUrl({ history: null }, { note: null });
  }
}
