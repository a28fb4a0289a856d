"use client";

import { UserPlus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import { DialogShell, lazyDialogForm } from "@/components/ui/dialog.tsx";
import { MemberList } from "./member-list.tsx";

/**
 * The form's code loads apart (its dialog preloads it): its form library is no part of a page's
 * first load.
 */
const AddMemberForm = lazyDialogForm(() =>
  import("./add-member-form.tsx").then((module) => module.AddMemberForm),
);

/**
 * "Share": who is on the brief, and adding people by email with a role (brief editors and
 * admins only — the server checks too). Errors are shown in the dialog, next to what caused them.
 */
export function ShareDialog({ briefId, country }: { briefId: string; country: string }) {
  const [open, setOpen] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  return (
    <DialogShell
      preload={AddMemberForm}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setRemoveError(null);
      }}
      trigger={
        <Button variant="secondary" size="sm">
          <UserPlus aria-hidden />
          Share
        </Button>
      }
      title={`Share ${country}`}
      description="Add colleagues by email. Their role decides what they can do here."
      className="max-w-lg"
    >
      {open ? <AddMemberForm briefId={briefId} onSubmitted={() => setRemoveError(null)} /> : null}
      <MemberList briefId={briefId} enabled={open} error={removeError} onError={setRemoveError} />
    </DialogShell>
  );
}
