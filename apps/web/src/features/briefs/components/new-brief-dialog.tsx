"use client";

import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { DialogShell, lazyDialogForm } from "@/components/ui/dialog.tsx";

/**
 * The form's code loads apart (its dialog preloads it): its form library is no part of a page's
 * first load.
 */
const NewBriefForm = lazyDialogForm(() =>
  import("./new-brief-form.tsx").then((module) => module.NewBriefForm),
);

/** `label`: the trigger's text; the empty state uses its own so the page never has two "New brief" buttons. */
export function NewBriefDialog({ label = "New brief" }: { label?: string }) {
  return (
    <DialogShell
      preload={NewBriefForm}
      trigger={
        <Button>
          <Plus aria-hidden />
          {label}
        </Button>
      }
      title="New brief"
      description="Starts from the standard template, with every section empty."
    >
      <NewBriefForm />
    </DialogShell>
  );
}
