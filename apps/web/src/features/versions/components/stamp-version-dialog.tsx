"use client";

import { stampVersionSchema } from "@dossier/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2, Stamp } from "lucide-react";
import { type FormEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Label } from "@/components/ui/label.tsx";
import { errorMessage } from "@/trpc/errors.ts";
import { useTRPC } from "@/trpc/react.tsx";

/** "Stamp version": freezes every section's current revision under a name, with an optional note. */
export function StampVersionDialog({
  briefId,
  onStamped,
  variant = "primary",
}: {
  briefId: string;
  onStamped?: (version: { id: string; name: string }) => void;
  variant?: "primary" | "secondary";
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [note, setNote] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const nameId = useId();
  const noteId = useId();
  const nameErrorId = useId();

  const stamp = useMutation(
    trpc.versions.create.mutationOptions({
      onSuccess: async (version) => {
        await queryClient.invalidateQueries({ queryKey: trpc.versions.list.queryKey({ briefId }) });
        setOpen(false);
        reset();
        onStamped?.(version);
      },
      onError: (error) => {
        // A taken name is about the name field; anything else about the whole form.
        if (error.data?.code === "CONFLICT") setNameError(errorMessage(error));
        else setFormError(errorMessage(error));
      },
    }),
  );

  function reset() {
    setName("");
    setNote("");
    setNameError(null);
    setFormError(null);
    stamp.reset();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = stampVersionSchema.safeParse({ briefId, name, note: note.trim() || undefined });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      if (issue?.path[0] === "note") setFormError(issue.message);
      else setNameError(issue?.message ?? "Check the name");
      return;
    }
    setNameError(null);
    setFormError(null);
    stamp.mutate(parsed.data);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant={variant}>
          <Stamp aria-hidden />
          Stamp version
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Stamp a version</DialogTitle>
          <DialogDescription>
            Freezes every section's current text under a name you can come back to and compare against.
            Nothing is locked: writing carries on as usual.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <div className="space-y-1.5">
            <Label htmlFor={nameId}>Version name</Label>
            <Input
              id={nameId}
              placeholder="e.g. v1 — sent to the Deputy"
              autoComplete="off"
              maxLength={80}
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                if (nameError) setNameError(null);
              }}
              aria-invalid={nameError ? true : undefined}
              aria-describedby={nameError ? nameErrorId : undefined}
              disabled={stamp.isPending}
            />
            {nameError ? (
              <p id={nameErrorId} role="alert" className="text-xs text-danger">
                {nameError}
              </p>
            ) : null}
          </div>
          <div className="space-y-1.5">
            <Label htmlFor={noteId}>
              Note <span className="font-normal text-neutral-400">(optional)</span>
            </Label>
            <textarea
              id={noteId}
              rows={3}
              maxLength={500}
              placeholder="What this version is for, who has it"
              value={note}
              onChange={(e) => setNote(e.target.value)}
              disabled={stamp.isPending}
              className="w-full resize-y rounded-md border border-neutral-200 bg-white px-3 py-2 text-sm shadow-xs transition-colors placeholder:text-neutral-400 focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/15 focus-visible:outline-none disabled:opacity-50"
            />
          </div>
          {formError ? (
            <p role="alert" className="text-sm text-danger">
              {formError}
            </p>
          ) : null}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="ghost">Cancel</Button>
            </DialogClose>
            <Button type="submit" disabled={stamp.isPending}>
              {stamp.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
              Stamp version
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
