"use client";

import type { LiveEvent } from "@dossier/core";
import { useQueryClient } from "@tanstack/react-query";
import type { Editor, JSONContent } from "@tiptap/react";
import { createElement, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import {
  type EditorBridge,
  useRegisterCommentsEditor,
} from "@/features/comments/components/comments-provider.tsx";
import { useLiveBriefEvents } from "@/features/live/hooks/use-live-brief.ts";
import type { SectionDetail } from "@/lib/api-types.ts";
import { useTRPC } from "@/trpc/react.tsx";
import { type NewerVersion, NewerVersionNotice } from "../components/newer-version-notice.tsx";
import type { AutosaveState } from "../lib/autosave-state.ts";

/** The parts of `useAutosave`'s result the live layer needs. */
type AutosaveHandle = {
  state: AutosaveState;
  saveNow: () => void;
  /** Saves now; true once everything is on the server, false if it can't be. */
  flush: () => Promise<boolean>;
  /** Starts over on a revision the editor now shows, with nothing unsaved. */
  reset: (baseRevisionId: string | null) => void;
  hasUnsavedChangesNow: () => boolean;
};

type RevisionEvent = Extract<LiveEvent, { type: "revision" }>;

const busy = (autosave: AutosaveHandle) =>
  autosave.hasUnsavedChangesNow() || autosave.state.inFlight !== null;

/**
 * The section editor's live side:
 * - lends the editor to the comments (highlights, "Comment" on a selection, save-then-pin);
 * - when someone else saves: with nothing unsaved here, their revision replaces the editor's
 *   content in place (scroll kept, autosave re-based on it); with unsaved edits, a notice says
 *   who saved and saving merges as usual.
 * Returns the notice to render above the text (or null).
 */
export function useSectionLive({
  briefId,
  section,
  me,
  editor,
  autosave,
}: {
  briefId: string;
  section: SectionDetail;
  me: { id: string; name: string };
  editor: Editor | null;
  autosave: AutosaveHandle;
}): { notice: ReactNode } {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const autosaveRef = useRef(autosave);
  autosaveRef.current = autosave;

  const bridge = useMemo<EditorBridge | null>(
    () =>
      editor
        ? {
            editor,
            hasUnsavedChanges: () => busy(autosaveRef.current),
            saveAndWait: async () => {
              const saved = await autosaveRef.current.flush();
              if (!saved) {
                const reason = autosaveRef.current.state.error?.message ?? "you seem to be offline";
                throw new Error(
                  `Your text couldn't be saved first (${reason}), so the comment wasn't posted.`,
                );
              }
            },
          }
        : null,
    [editor],
  );
  useRegisterCommentsEditor(bridge);

  const [newer, setNewer] = useState<NewerVersion | null>(null);
  const pending = useRef<RevisionEvent | null>(null);
  const [tick, setTick] = useState(0);

  useLiveBriefEvents((event) => {
    if (event.type !== "revision" || event.sectionId !== section.id) return;
    pending.current = event;
    setTick((t) => t + 1);
  });

  const { inFlight, baseRevisionId } = autosave.state;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` says a new event is waiting in the ref
  useEffect(() => {
    const event = pending.current;
    if (!event || !editor || editor.isDestroyed) return;
    // Our own save may be landing: decide once it has (this runs again when it settles).
    if (inFlight !== null) return;
    pending.current = null;
    if (event.revisionId === baseRevisionId) return; // the revision this editor already holds

    let cancelled = false;
    let done = false;
    const docBefore = editor.state.doc;
    void queryClient
      .fetchQuery({ ...trpc.sections.get.queryOptions({ briefId, key: section.key }), staleTime: 0 })
      .then((latest) => {
        const current = latest.current;
        if (cancelled || !current || editor.isDestroyed) return;
        done = true;
        const s = autosaveRef.current.state;
        if (current.id === s.baseRevisionId) return;
        if (s.inFlight !== null) {
          pending.current = event; // look again once our save is done
          setTick((t) => t + 1);
          return;
        }
        const untouched = !busy(autosaveRef.current) && editor.state.doc === docBefore;
        if (untouched) {
          // Their revision becomes the base of our next save.
          autosaveRef.current.reset(current.id);
          const y = window.scrollY;
          const { from, to } = editor.state.selection;
          editor
            .chain()
            // Not an edit of ours: no update event (autosave stays idle) and nothing to undo.
            .setMeta("addToHistory", false)
            .setContent(current.content as JSONContent, { emitUpdate: false })
            .run();
          if (editor.isEditable) {
            const size = editor.state.doc.content.size;
            editor.commands.setTextSelection({ from: Math.min(from, size), to: Math.min(to, size) });
          }
          window.scrollTo({ top: y });
          setNewer(null);
          return;
        }
        setNewer({
          authorName: event.author.id === me.id ? "You (in another tab)" : event.author.name,
          number: current.number,
          content: current.content as JSONContent,
        });
      })
      .catch(() => {
        // Offline or gone: the next event (or a reload) brings the section up to date.
      });
    return () => {
      cancelled = true;
      // Superseded before the answer came (our save landed meanwhile): look at it again.
      if (!done) pending.current ??= event;
    };
  }, [tick, inFlight, baseRevisionId, editor, briefId, section.key, me.id, queryClient, trpc]);

  // Our next save merges their revision in (or meets the conflict screen): the notice is done.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacts to the base changing only
  useEffect(() => {
    setNewer(null);
  }, [baseRevisionId]);

  const conflicted = autosave.state.error?.kind === "conflict";
  return {
    notice:
      newer && !conflicted
        ? createElement(NewerVersionNotice, { newer, onSaveNow: () => autosaveRef.current.saveNow() })
        : null,
  };
}
