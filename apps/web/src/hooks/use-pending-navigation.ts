"use client";

import { useEffect, useSyncExternalStore } from "react";

/*
 * Whether a move to another page is under way, for the bar at the top of the window
 * (components/shell/navigation-progress.tsx). The app's pages have no `loading.tsx` skeletons:
 * React holds content back for 300 ms after it has shown a loading fallback, so a brief that was
 * here in 100 ms appeared at 400 ms, one time in two. Without them the page on screen stays until
 * the next one is ready, and the bar says that something is coming. Links report themselves
 * (components/ui/link.tsx); code that navigates goes through useNavigate.
 */

let pending = 0;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/** Marks a navigation as started; the answer ends it (a second call does nothing). */
export function beginNavigation(): () => void {
  pending++;
  notify();
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    pending--;
    notify();
  };
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** True while any navigation is pending. */
export function usePendingNavigation(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => pending > 0,
    () => false,
  );
}

/** Counts this component's navigation as pending while `isPending` holds. */
export function useReportPendingNavigation(isPending: boolean): void {
  useEffect(() => (isPending ? beginNavigation() : undefined), [isPending]);
}
