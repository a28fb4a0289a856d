"use client";

import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { readSectionUrl, type SectionUrlState, withSectionUrl } from "@/lib/section-url.ts";

/**
 * What the section page's URL has open (the history stage, the comments' thread), read through
 * lib/section-url.ts. Safe to render from: the server reads the same URL from the request.
 */
export function useSectionUrl(): SectionUrlState {
  const params = useSearchParams();
  return useMemo(() => readSectionUrl(params), [params]);
}

const NOTE = "dossier";

/** What the current history entry was marked with by `writeSectionUrl` (see history/state.ts). */
export function historyEntryNote(): unknown {
  return (window.history.state as Record<string, unknown> | null)?.[NOTE];
}

/**
 * Puts `change` in the address bar: a new history entry with `push`, else in place.
 *
 * Through the History API rather than router.replace: Next keeps useSearchParams in step with it
 * (its "Native History API"), while a router navigation renders the section's server page again —
 * session check, section and history prefetch — and shows the choice only once that is back, a
 * round trip on every pick for params only the browser reads.
 *
 * `note` marks the entry (null: unmarked); by default a replaced entry keeps its mark.
 */
export function writeSectionUrl(
  change: Partial<SectionUrlState>,
  { push = false, note }: { push?: boolean; note?: unknown } = {},
) {
  const { pathname, search, hash } = window.location;
  const url = `${pathname}${withSectionUrl(search, change)}${hash}`;
  if (!push && note === undefined && url === `${pathname}${search}${hash}`) return;
  const kept = note === undefined && !push ? historyEntryNote() : note;
  // Only our own key: Next copies its router state onto whatever object it is given.
  const state = kept === undefined || kept === null ? null : { [NOTE]: kept };
  if (push) window.history.pushState(state, "", url);
  else window.history.replaceState(state, "", url);
}
