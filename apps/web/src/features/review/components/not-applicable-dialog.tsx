"use client";

import { reviewNoteText } from "@dossier/schema";
import { Ban } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { DialogShell } from "@/components/ui/dialog.tsx";
import { errorMessage } from "@/trpc/errors.ts";
import { useMarkNotApplicable } from "../queries.ts";
import { NoteForm } from "./lazy-note-form.tsx";

/** "Not applicable…": an editor takes the section out of this brief's scope, saying why. */
export function NotApplicableDialog({ sectionId }: { sectionId: string }) {
  const mark = useMarkNotApplicable();
  return (
    <DialogShell
      preload={NoteForm}
      trigger={
        <Button size="sm" variant="ghost">
          <Ban aria-hidden />
          Not applicable…
        </Button>
      }
      title="Mark not applicable"
      description="The section counts as done for publishing. Anyone reading the brief sees your reason."
    >
      {(close) => (
        <NoteForm
          label="Reason"
          placeholder="e.g. Landlocked country: no maritime disputes"
          submitLabel="Mark not applicable"
          pending={mark.isPending}
          schema={reviewNoteText("A reason")}
          onSubmit={(reason, fail) =>
            mark.mutate({ sectionId, reason }, { onSuccess: close, onError: (e) => fail(errorMessage(e)) })
          }
        />
      )}
    </DialogShell>
  );
}
