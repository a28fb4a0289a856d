"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import { usePresenceClient } from "../queries.ts";

const HEARTBEAT_MS = 15_000;
/** Typing keeps someone "editing" this long after they stop (or leave the editor). */
const EDITING_WINDOW_MS = 30_000;

let tabId: string | undefined;
/** Random per tab (not per person: two tabs are two presences), never a secret. */
export function presenceClientId(): string {
  tabId ??=
    typeof crypto !== "undefined" && "randomUUID" in crypto
      ? crypto.randomUUID().replaceAll("-", "")
      : Math.random().toString(36).slice(2).padEnd(12, "0");
  return tabId;
}

/**
 * Leaving is sent a moment late and cancelled if the same section mounts again at once (React
 * remounting in development, a quick re-render), so a stale "leave" never overtakes the new
 * heartbeat and hides someone who is still there.
 */
const pendingLeaves = new Map<string, number>();

/** "Editing": the editor has focus, or was typed in during the last ~30 s. */
export function useEditingState(editor: Editor | null): boolean {
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editor?.isEditable) return;
    let lastTyped = 0;
    let timer: number | undefined;
    const recompute = () => {
      window.clearTimeout(timer);
      const sinceTyping = Date.now() - lastTyped;
      const typing = sinceTyping < EDITING_WINDOW_MS;
      setEditing(editor.isFocused || typing);
      if (typing && !editor.isFocused) timer = window.setTimeout(recompute, EDITING_WINDOW_MS - sinceTyping);
    };
    const onUpdate = () => {
      lastTyped = Date.now();
      recompute();
    };
    editor.on("focus", recompute);
    editor.on("blur", recompute);
    editor.on("update", onUpdate);
    recompute();
    return () => {
      window.clearTimeout(timer);
      editor.off("focus", recompute);
      editor.off("blur", recompute);
      editor.off("update", onUpdate);
    };
  }, [editor]);
  return editing;
}

/**
 * Tells the server this tab is on the section: a heartbeat every 15 s and whenever the editing
 * state changes; `presence.leave` when the section is left or the page goes away.
 */
export function usePresenceHeartbeat(sectionId: string | null, editing: boolean) {
  const presence = usePresenceClient();
  const editingRef = useRef(editing);
  editingRef.current = editing;

  useEffect(() => {
    if (!sectionId) return;
    const clientId = presenceClientId();
    window.clearTimeout(pendingLeaves.get(sectionId));
    pendingLeaves.delete(sectionId);
    let left = false;
    const beat = () => {
      if (left) return;
      presence.heartbeat.mutate({ sectionId, clientId, editing: editingRef.current }).catch(() => {}); // best effort: the next beat tries again
    };
    const leave = () => {
      // keepalive lets the request outlive the page (pagehide, closing the tab).
      void fetch("/api/trpc/presence.leave", {
        method: "POST",
        keepalive: true,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { sectionId, clientId } }),
      }).catch(() => {});
    };
    const onPageHide = () => {
      left = true;
      leave();
    };
    const onPageShow = () => {
      left = false;
      beat();
    };
    beat();
    const interval = window.setInterval(beat, HEARTBEAT_MS);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.clearInterval(interval);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("pageshow", onPageShow);
      if (!left) {
        pendingLeaves.set(
          sectionId,
          window.setTimeout(() => {
            pendingLeaves.delete(sectionId);
            leave();
          }, 300),
        );
      }
      left = true;
    };
  }, [presence, sectionId]);

  // A change of state is news for everyone else: say it now rather than at the next beat.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!sectionId) return;
    presence.heartbeat.mutate({ sectionId, clientId: presenceClientId(), editing }).catch(() => {});
  }, [presence, editing, sectionId]);
}
