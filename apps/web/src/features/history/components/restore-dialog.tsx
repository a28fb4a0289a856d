"use client";

import { CircleAlert, Loader2 } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button.tsx";
import { DialogActions, DialogShell } from "@/components/ui/dialog.tsx";
import { useRestoreFlow } from "../hooks/use-restore-flow.ts";

/**
 * "Restore this version": confirms, then adds a NEW revision with this one's text (history is
 * never rewritten) and loads it into the editor as its new base. Unsaved work in the editor is
 * saved first, as its own revision, so restoring never throws words away.
 */
export function RestoreDialog({
  sectionId,
  revision,
  trigger,
  onRestored,
}: {
  sectionId: string;
  revision: { id: string; number: number; content: unknown };
  trigger: ReactNode;
  onRestored: () => void;
}) {
  const { open, onOpenChange, unsaved, problem, savingFirst, busy, confirm } = useRestoreFlow(
    sectionId,
    revision,
    onRestored,
  );

  return (
    <DialogShell
      open={open}
      onOpenChange={onOpenChange}
      trigger={trigger}
      title={`Restore revision #${revision.number}?`}
      description={
        <>
          Its text becomes the section's text, saved as a new revision marked "Restored from #
          {revision.number}". Nothing is removed from the history: the text you have now stays one click away.
        </>
      }
    >
      {unsaved ? (
        <p className="flex gap-2 rounded-lg border border-amber-200 bg-warning-soft px-3 py-2.5 text-sm text-neutral-700">
          <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
          <span>
            The editor has unsaved changes. They will be saved first, as their own revision, so you can get
            them back from the history.
          </span>
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="mt-3 text-sm text-danger">
          {problem}
        </p>
      ) : null}
      <DialogActions busy={busy}>
        <Button onClick={() => void confirm()} disabled={busy}>
          {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
          {savingFirst ? "Saving your changes…" : `Restore #${revision.number}`}
        </Button>
      </DialogActions>
    </DialogShell>
  );
}
