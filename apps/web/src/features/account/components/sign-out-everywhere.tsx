"use client";

import { LogOut } from "lucide-react";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/alert-dialog.tsx";
import { Button } from "@/components/ui/button.tsx";
import { signOutHere } from "@/lib/sign-out.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useSignOutEverywhere } from "../queries.ts";

/**
 * Ends every session of yours on the server (copied cookies included), then signs this browser
 * out. After a confirmation: it signs you out here too.
 */
export function SignOutEverywhere() {
  const end = useSignOutEverywhere();
  const [open, setOpen] = useState(false);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) end.reset();
      }}
      trigger={
        <Button variant="secondary">
          <LogOut aria-hidden />
          Sign out everywhere
        </Button>
      }
      title="Sign out everywhere?"
      description="Every browser and device signed in as you is signed out, this one included. Work saved so far is kept; you'll sign in again with your password."
      confirmLabel="Sign out everywhere"
      tone="danger"
      busy={end.isPending || end.isSuccess}
      error={end.isError ? errorMessage(end.error) : null}
      onConfirm={() => end.mutate(undefined, { onSuccess: () => void signOutHere() })}
    />
  );
}
