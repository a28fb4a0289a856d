"use client";

import { useId, useState } from "react";
import { ConfirmDialog } from "@/components/ui/alert-dialog.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Label } from "@/components/ui/label.tsx";
import { useNavigate } from "@/hooks/use-navigate.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useDeleteBrief } from "../queries.ts";

/** Admins delete a brief by typing its title: the button stays off until it matches. */
export function DeleteBriefDialog({
  brief,
  open,
  onOpenChange,
}: {
  brief: { id: string; title: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const navigate = useNavigate();
  const remove = useDeleteBrief(brief.id);
  const [typed, setTyped] = useState("");
  const id = useId();
  const matches = typed.trim() === brief.title.trim();
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setTyped("");
        onOpenChange(next);
      }}
      title="Delete this brief?"
      description={
        <>
          <p>
            Every section, revision, comment and version of <strong>{brief.title}</strong> is deleted for
            good. The audit log keeps a record that it existed.
          </p>
        </>
      }
      confirmLabel="Delete brief"
      tone="danger"
      busy={remove.isPending}
      error={remove.error ? errorMessage(remove.error) : undefined}
      onConfirm={() => {
        if (!matches) return;
        remove.mutate({ briefId: brief.id, confirmTitle: typed }, { onSuccess: () => navigate("/") });
      }}
    >
      <div className="mt-4 space-y-1.5">
        <Label htmlFor={id}>Type the brief's title to confirm</Label>
        <Input id={id} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
        {!matches && typed.length > 0 ? (
          <p className="text-xs text-neutral-500">It must match “{brief.title}”.</p>
        ) : null}
      </div>
    </ConfirmDialog>
  );
}
