"use client";

import { briefTitleSchema, countryNameSchema } from "@dossier/schema";
import { Loader2 } from "lucide-react";
import { z } from "zod";
import { Button } from "@/components/ui/button.tsx";
import { DialogActions, DialogShell } from "@/components/ui/dialog.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { useSchemaForm } from "@/hooks/use-schema-form.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useUpdateBrief } from "../queries.ts";

const renameForm = z.object({ title: briefTitleSchema, country: countryNameSchema });

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
      open={open}
      onOpenChange={onOpenChange}
      title="Rename brief"
      description="The title heads the brief and its exports; the country names it on the dashboard."
    >
      {open ? <RenameForm brief={brief} onDone={() => onOpenChange(false)} /> : null}
    </DialogShell>
  );
}

function RenameForm({
  brief,
  onDone,
}: {
  brief: { id: string; title: string; country: string };
  onDone: () => void;
}) {
  const update = useUpdateBrief(brief.id);
  const form = useSchemaForm(renameForm, { title: brief.title, country: brief.country });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    update.mutate(
      { briefId: brief.id, ...values },
      { onSuccess: onDone, onError: (e) => form.setError("root", { message: errorMessage(e) }) },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label="Title" error={errors.title?.message}>
        {(control) => <Input {...control} autoComplete="off" {...form.register("title")} />}
      </Field>
      <Field label="Country" error={errors.country?.message}>
        {(control) => <Input {...control} autoComplete="off" {...form.register("country")} />}
      </Field>
      {errors.root ? (
        <p role="alert" className="text-xs text-danger">
          {errors.root.message}
        </p>
      ) : null}
      <DialogActions busy={update.isPending}>
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          Save
        </Button>
      </DialogActions>
    </form>
  );
}
