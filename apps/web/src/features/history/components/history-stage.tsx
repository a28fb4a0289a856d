"use client";

import { type ReactNode, useEffect } from "react";
import { closeHistoryView, showHistoryView, useHistoryView } from "../state.ts";
import { CompareView, RevisionView } from "./lazy-stage-views.tsx";

/**
 * The editor's place in a section page. While a revision or a comparison is open (from the
 * history panel, or the URL: state.ts) it is shown here instead; the editor stays mounted
 * underneath, hidden, so nothing it holds is lost and autosave carries on. Escape goes back to
 * the editor. The server renders the same view from the same URL, so hydration agrees.
 */
export function HistoryStage({
  section,
  children,
}: {
  section: { id: string; canEdit: boolean; current: { id: string } | null };
  children: ReactNode;
}) {
  const view = useHistoryView();
  const currentRevisionId = section.current?.id ?? null;
  const backLabel = section.canEdit ? "Back to editing" : "Back to the section";

  // The views' code, ahead of the first click on a revision (lazy-stage-views.tsx).
  useEffect(() => {
    RevisionView.preloadWhenIdle();
    CompareView.preloadWhenIdle();
  }, []);

  useEffect(() => {
    if (!view) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      // A dialog or menu on top handles its own Escape.
      if (document.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"]')) return;
      closeHistoryView();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [view]);

  return (
    <>
      {view?.kind === "revision" ? (
        <RevisionView
          sectionId={section.id}
          revisionId={view.revisionId}
          currentRevisionId={currentRevisionId}
          canEdit={section.canEdit}
          backLabel={backLabel}
          onCompare={(fromId, toId) => showHistoryView({ kind: "compare", fromId, toId })}
          onClose={closeHistoryView}
          onRestored={closeHistoryView}
        />
      ) : view?.kind === "compare" ? (
        <CompareView
          sectionId={section.id}
          currentRevisionId={currentRevisionId}
          fromId={view.fromId}
          toId={view.toId}
          backLabel={backLabel}
          onChange={(fromId, toId) => showHistoryView({ kind: "compare", fromId, toId })}
          onClose={closeHistoryView}
        />
      ) : null}
      <div hidden={view !== null}>{children}</div>
    </>
  );
}
