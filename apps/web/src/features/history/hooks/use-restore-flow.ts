"use client";

import type { DocumentJson } from "@dossier/schema";
import { useState } from "react";
import { useOpenEditor } from "@/features/editor/index.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useRestoreRevision } from "../queries.ts";

/**
 * Restoring a revision: unsaved work in the open editor is saved first (as its own revision),
 * then the restore is written and the editor shows it as its new base.
 */
export function useRestoreFlow(
  sectionId: string,
  revision: { id: string; number: number; content: unknown },
  onRestored: () => void,
) {
  const editor = useOpenEditor(sectionId);
  const [open, setOpen] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [savingFirst, setSavingFirst] = useState(false);

  const restore = useRestoreRevision(sectionId);

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) {
      setUnsaved(editor?.hasUnsavedChanges() ?? false);
      setProblem(null);
      restore.reset();
    }
  }

  async function confirm() {
    setProblem(null);
    if (editor?.hasUnsavedChanges()) {
      setSavingFirst(true);
      const saved = await editor.flush();
      setSavingFirst(false);
      if (!saved) {
        setProblem(
          "Your unsaved changes couldn't be saved first, so nothing was restored. Check the editor's status and try again.",
        );
        return;
      }
    }
    try {
      const written = await restore.mutateAsync({ sectionId, revisionId: revision.id });
      const content = revision.content as DocumentJson;
      if (editor) editor.load(written, content);
      else await restore.refetchSection();
      setOpen(false);
      onRestored();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  const busy = savingFirst || restore.isPending;
  return { open, onOpenChange, unsaved, problem, savingFirst, busy, confirm };
}
