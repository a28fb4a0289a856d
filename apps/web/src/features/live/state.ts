"use client";

import type { LiveEvent } from "@dossier/schema";
import { atom, useStore } from "jotai";
import { useEffect, useRef } from "react";

/**
 * The latest live event of the brief open in this tab. Each event is a new object, so every
 * one reaches the subscribers of `useLiveBriefEvents`, even two in the same tick.
 */
export const liveEventAtom = atom<LiveEvent | null>(null);

/** Calls `handler` for every live event of the brief open in this tab. */
export function useLiveBriefEvents(handler: (event: LiveEvent) => void) {
  const store = useStore();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(
    () =>
      store.sub(liveEventAtom, () => {
        const event = store.get(liveEventAtom);
        if (event) latest.current(event);
      }),
    [store],
  );
}
