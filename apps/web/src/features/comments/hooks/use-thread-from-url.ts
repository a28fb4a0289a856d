"use client";

import { useAtomValue, useSetAtom } from "jotai";
import { useEffect, useRef } from "react";
import type { SectionThreads } from "../lib/threads.ts";
import {
  activateThreadAtom,
  announceAtom,
  panelOpenAtom,
  showResolvedAtom,
  useActiveThread,
  writtenThreadAtom,
} from "../state.ts";

/**
 * A `?thread=<id>` that arrives from outside — a notification, search, the brief's comment list,
 * a reload, Back/Forward — opens the panel on that thread, resolved or not, and scrolls to it.
 * Threads activated on this page wrote the URL themselves and are left alone.
 */
export function useThreadFromUrl(data: SectionThreads | undefined) {
  const wanted = useActiveThread();
  const written = useAtomValue(writtenThreadAtom);
  const seen = useRef<string | null>(null);
  const setPanelOpen = useSetAtom(panelOpenAtom);
  const setShowResolved = useSetAtom(showResolvedAtom);
  const activate = useSetAtom(activateThreadAtom);
  const announce = useSetAtom(announceAtom);
  useEffect(() => {
    if (wanted === seen.current || (wanted && !data)) return;
    seen.current = wanted;
    if (!wanted || !data || wanted === written) return;
    const thread = data.threads.find((t) => t.id === wanted);
    setPanelOpen(true);
    if (!thread) {
      announce("That comment thread is no longer on this section.");
      return;
    }
    if (thread.status === "RESOLVED") setShowResolved(true);
    activate(wanted, { scrollEditor: true, scrollCard: true });
  }, [wanted, written, data, activate, announce, setPanelOpen, setShowResolved]);
}
