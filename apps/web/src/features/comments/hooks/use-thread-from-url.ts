"use client";

import { useSetAtom } from "jotai";
import { useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import type { SectionThreads } from "../lib/threads.ts";
import { activateThreadAtom, announceAtom, panelOpenAtom, showResolvedAtom } from "../state.ts";

/** ?thread=<id> (from a notification or the brief's comment list) opens that thread. */
export function useThreadFromUrl(data: SectionThreads | undefined) {
  const searchParams = useSearchParams();
  const wanted = searchParams.get("thread");
  const handled = useRef<string | null>(null);
  const setPanelOpen = useSetAtom(panelOpenAtom);
  const setShowResolved = useSetAtom(showResolvedAtom);
  const activate = useSetAtom(activateThreadAtom);
  const announce = useSetAtom(announceAtom);
  useEffect(() => {
    if (!wanted) {
      handled.current = null;
      return;
    }
    if (handled.current === wanted || !data) return;
    handled.current = wanted;
    const thread = data.threads.find((t) => t.id === wanted);
    setPanelOpen(true);
    if (!thread) {
      announce("That comment thread is no longer on this section.");
      return;
    }
    if (thread.status === "RESOLVED") setShowResolved(true);
    activate(wanted, { scrollEditor: true, scrollCard: true });
  }, [wanted, data, activate, announce, setPanelOpen, setShowResolved]);
}
