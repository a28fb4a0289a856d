"use client";

import { reviewNoteText } from "@dossier/schema";
import { MessageSquareWarning } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { DialogShell } from "@/components/ui/dialog.tsx";
import { errorMessage } from "@/trpc/errors.ts";
import { useSendBack } from "../queries.ts";
import { NoteForm } from "./lazy-note-form.tsx";

/** "Send back…": back to draft, with a comment that becomes a thread on the section. */
export function SendBackDialog({ sectionId }: { sectionId: string }) {
  const sendBack = useSendBack();
  return (
    <DialogShell
      preload={NoteForm}
      trigger={
        <Button size="sm" variant="secondary">
          <MessageSquareWarning aria-hidden />
          Send back…
        </Button>
      }
      title="Send back for changes"
      description="The section returns to draft. Your comment opens a thread on it, so the writer can answer there."
    >
      {(close) => (
        <NoteForm
          label="What needs to change"
          placeholder="e.g. The casualty figures need a source"
          submitLabel="Send back"
          pending={sendBack.isPending}
          schema={reviewNoteText("A comment")}
          onSubmit={(note, fail) =>
            sendBack.mutate({ sectionId, note }, { onSuccess: close, onError: (e) => fail(errorMessage(e)) })
          }
        />
      )}
    </DialogShell>
  );
}
