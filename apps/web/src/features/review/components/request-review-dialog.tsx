"use client";

import { Send } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { DialogShell, lazyDialogForm } from "@/components/ui/dialog.tsx";

/**
 * The form's code loads apart (its dialog preloads it): its form library is no part of a page's
 * first load.
 */
const RequestForm = lazyDialogForm(() =>
  import("./request-review-form.tsx").then((module) => module.RequestForm),
);

/** "Request review…": optionally one reviewer among the brief's members who can review, and a due day. */
export function RequestReviewDialog({ briefId, sectionId }: { briefId: string; sectionId: string }) {
  return (
    <DialogShell
      preload={RequestForm}
      trigger={
        <Button size="sm" variant="secondary">
          <Send aria-hidden />
          Request review…
        </Button>
      }
      title="Request review"
      description="The reviewer reads the section as it is now and approves it or sends it back with a comment."
    >
      {(close) => <RequestForm briefId={briefId} sectionId={sectionId} onDone={close} />}
    </DialogShell>
  );
}
