"use client";

import { createBriefSchema } from "@dossier/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
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

/** `label`: the trigger's text; the empty state uses its own so the page never has two "New brief" buttons. */
export function NewBriefDialog({ label = "New brief" }: { label?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [country, setCountry] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const errorId = useId();

  const create = useMutation(
    trpc.briefs.create.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.briefs.list.queryKey() });
        router.push(`/briefs/${id}`);
      },
      onError: (error) => setFieldError(errorMessage(error)),
    }),
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // The same schema the server applies, so most mistakes are caught without a round trip.
    const parsed = createBriefSchema.safeParse({ country });
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message ?? "Check the country name");
      return;
    }
    setFieldError(null);
    create.mutate(parsed.data);
  }

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      setCountry("");
      setFieldError(null);
      create.reset();
    }
  }

  const busy = create.isPending || create.isSuccess;

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New brief</DialogTitle>
          <DialogDescription>Starts from the standard template, with every section empty.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate>
          <div className="space-y-1.5">
            <Label htmlFor="new-brief-country">Country</Label>
            <Input
              id="new-brief-country"
              name="country"
              placeholder="e.g. Mali"
              autoComplete="off"
              value={country}
              onChange={(e) => {
                setCountry(e.target.value);
                if (fieldError) setFieldError(null);
              }}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? errorId : undefined}
              disabled={busy}
            />
            {fieldError ? (
              <p id={errorId} role="alert" className="text-xs text-danger">
                {fieldError}
              </p>
            ) : null}
            {country.trim().length >= 2 && !fieldError ? (
              <p className="text-xs text-neutral-500">
                Title: {country.trim()}: Strategic U.S. Foreign Policy Analysis
              </p>
            ) : null}
          </div>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="ghost">Cancel</Button>
            </DialogClose>
            <Button type="submit" disabled={busy}>
              {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
              Create brief
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
