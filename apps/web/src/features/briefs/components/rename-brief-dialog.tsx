"use client";

import { DialogShell, lazyDialogForm } from "@/components/ui/dialog.tsx";

/**
 * The form's code loads apart (its dialog preloads it): its form library is no part of a page's
 * first load.
 */
const RenameForm = lazyDialogForm(() =>
  import("./rename-brief-form.tsx").then((module) => module.RenameForm),
);

/** "Rename…": the brief's title and country, checked with the server's own schemas. */
export function RenameBriefDialog({
  brief,
  open,
  onOpenChange,
}: {
  brief: { id: string; title: string; country: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <DialogShell
      preload={RenameForm}
      open={open}
      onOpenChange={onOpenChange}
      title="Rename brief"
      description="The title heads the brief and its exports; the country names it on the dashboard."
    >
      {open ? <RenameForm brief={brief} onDone={() => onOpenChange(false)} /> : null}
    </DialogShell>
  );
}
