"use client";

import type { RevisionEvent } from "@dossier/schema";
import type { Editor, JSONContent } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import { useLiveBriefEvents } from "@/features/live/index.ts";
import type { SectionDetail } from "@/lib/api-types.ts";
import type { NewerVersion } from "../components/newer-version-notice.tsx";
import { selectNear } from "../lib/selection-near.ts";
import { useFetchLatestSection } from "../queries.ts";
import type { Autosave } from "./use-autosave.ts";

const busy = (autosave: Autosave) => autosave.hasUnsavedChangesNow() || autosave.state.inFlight !== null;

/** Shows `content` in place of the editor's text: no update event, nothing to undo, scroll kept. */
function replaceContent(editor: Editor, content: JSONContent) {
  const y = window.scrollY;
  const { from, to } = editor.state.selection;
  // Not an edit of ours: no update event (autosave stays idle) and nothing to undo.
  editor.chain().setMeta("addToHistory", false).setContent(content, { emitUpdate: false }).run();
  if (editor.isEditable) editor.commands.command(selectNear(from, to));
  window.scrollTo({ top: y });
}

/**
 * The section editor's live side: when someone else saves, with nothing unsaved here their
 * revision replaces the editor's content in place (scroll kept, autosave re-based on it); with
 * unsaved edits, `newer` says who saved what (the editor shows a notice) and saving merges as
 * usual. Returns data only.
 */
export function useLiveSection({
  briefId,
  section,
  meId,
  editor,
  autosave,
}: {
  briefId: string;
  section: SectionDetail;
  meId: string;
  editor: Editor | null;
  autosave: Autosave;
}): { newer: NewerVersion | null } {
  const fetchLatest = useFetchLatestSection();
  const autosaveRef = useRef(autosave);
  autosaveRef.current = autosave;
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
    void fetchLatest(briefId, section.key)
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
        if (!busy(autosaveRef.current) && editor.state.doc === docBefore) {
          // Their revision becomes the base of our next save.
          autosaveRef.current.reset(current.id);
          replaceContent(editor, current.content as JSONContent);
          setNewer(null);
          return;
        }
        const authorName = event.author.id === meId ? "You (in another tab)" : event.author.name;
        setNewer({ authorName, number: current.number, content: current.content as JSONContent });
      })
      .catch(() => {
        // Offline or gone: the next event (or a reload) brings the section up to date.
      });
    return () => {
      cancelled = true;
      // Superseded before the answer came (our save landed meanwhile): look at it again.
      if (!done) pending.current ??= event;
    };
  }, [tick, inFlight, baseRevisionId, editor, briefId, section.key, meId, fetchLatest]);

  // Our next save merges their revision in (or meets the conflict screen): the notice is done.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacts to the base changing only
  useEffect(() => {
    setNewer(null);
  }, [baseRevisionId]);

  // The cache can learn of a newer revision than the one this editor opened on without an event
  // for it: the save sent by this section's previous editor (leaving it) landing after this one
  // opened. With nothing unsaved here, show it and save on top of it, as for anyone's revision.
  const cached = section.current;
  useEffect(() => {
    if (!cached || !editor || editor.isDestroyed || cached.id === autosaveRef.current.state.baseRevisionId)
      return;
    if (busy(autosaveRef.current)) return; // the next save merges it, as any stale save does
    autosaveRef.current.reset(cached.id);
    replaceContent(editor, cached.content as JSONContent);
  }, [cached?.id, editor]);

  const conflicted = autosave.state.error?.kind === "conflict";
  return { newer: newer && !conflicted ? newer : null };
}
