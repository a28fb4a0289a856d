"use client";

import { Stamp } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { DialogShell, lazyDialogForm } from "@/components/ui/dialog.tsx";
import type { Stamped } from "./stamp-version-form.tsx";

/**
 * The form's code loads apart (its dialog preloads it): its form library is no part of a page's
 * first load.
 */
const StampForm = lazyDialogForm(() => import("./stamp-version-form.tsx").then((module) => module.StampForm));

/** "Stamp version": freezes every section's current revision under a name, with an optional note. */
export function StampVersionDialog({
  briefId,
  onStamped,
  variant = "primary",
}: {
  briefId: string;
  onStamped?: (version: Stamped) => void;
  variant?: "primary" | "secondary";
}) {
  return (
    <DialogShell
      preload={StampForm}
      trigger={
        <Button variant={variant}>
          <Stamp aria-hidden />
          Stamp version
        </Button>
      }
      title="Stamp a version"
      description="Freezes every section's current text under a name you can come back to and compare against. Nothing is locked: writing carries on as usual."
    >
      {(close) => (
        <StampForm
          briefId={briefId}
          onStamped={(version) => {
            close();
            onStamped?.(version);
          }}
        />
      )}
    </DialogShell>
  );
}
