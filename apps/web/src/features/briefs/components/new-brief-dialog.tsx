"use client";

import { Plus } from "lucide-react";
import dynamic from "next/dynamic";
import { Button } from "@/components/ui/button.tsx";
import { DialogBodyLoading, DialogShell } from "@/components/ui/dialog.tsx";

/** The form loads when the dialog opens: its form library is no part of a page's first load. */
const NewBriefForm = dynamic(() => import("./new-brief-form.tsx").then((module) => module.NewBriefForm), {
  ssr: false,
  loading: () => <DialogBodyLoading label="Loading the form" />,
});

/** `label`: the trigger's text; the empty state uses its own so the page never has two "New brief" buttons. */
export function NewBriefDialog({ label = "New brief" }: { label?: string }) {
  return (
    <DialogShell
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
