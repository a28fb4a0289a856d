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

/**
 * Text that depends on the reader's clock or time zone ("14:02", "2 minutes ago"). While React
 * hydrates, the server's text stays on screen (the element needs suppressHydrationWarning); this
 * renders "" then, so the render right after hydration differs and React writes the reader's own
 * text at once. Rendering the reader's text during hydration too would leave the server's on
 * screen: React would see no change afterwards and never touch the DOM.
 */
export function useReaderText(text: string): string {
  return useHydrated() ? text : "";
}
