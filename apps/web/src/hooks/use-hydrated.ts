"use client";

import { useSyncExternalStore } from "react";

const noop = () => () => {};

/**
 * False while React hydrates server HTML (and on the server), true afterwards. For client-only
 * data that may already sit in the query cache when a later part of the page hydrates: the
 * layout and the page hydrate separately, so a query one of them started can have answered
 * before the other hydrates, and rendering it then would not match the server's HTML (#418).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
