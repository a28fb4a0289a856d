"use client";

import { useSyncExternalStore } from "react";

const noop = () => () => {};
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** "⌘" on Apple devices, "Ctrl" elsewhere (and during server rendering). */
export function useModKey(): string {
  return useSyncExternalStore(
    noop,
    () => (isMac() ? "⌘" : "Ctrl"),
    () => "Ctrl",
  );
}
