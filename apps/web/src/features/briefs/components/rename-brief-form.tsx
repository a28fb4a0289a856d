"use client";

import { briefTitleSchema, countryNameSchema } from "@dossier/schema";
import { Loader2 } from "lucide-react";
import { z } from "zod";
import { Button } from "@/components/ui/button.tsx";
import { DialogActions } from "@/components/ui/dialog.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { useSchemaForm } from "@/hooks/use-schema-form.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useUpdateBrief } from "../queries.ts";

const renameForm = z.object({ title: briefTitleSchema, country: countryNameSchema });

export function RenameForm({
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
        {(control) => (
          <Input
            {...control}
            // It loads after its dialog opened, when the dialog's own focus went to Close
            autoFocus
            autoComplete="off"
            {...form.register("title")}
          />
        )}
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
