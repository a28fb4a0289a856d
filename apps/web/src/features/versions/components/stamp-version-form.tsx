"use client";

import { stampVersionSchema } from "@dossier/schema";
import { Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { DialogActions } from "@/components/ui/dialog.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { useSchemaForm } from "@/hooks/use-schema-form.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useStampVersion } from "../queries.ts";

const stampForm = stampVersionSchema.omit({ briefId: true });
export type Stamped = { id: string; name: string };

export function StampForm({
  briefId,
  onStamped,
}: {
  briefId: string;
  onStamped: (version: Stamped) => void;
}) {
  const stamp = useStampVersion(briefId);
  const form = useSchemaForm(stampForm, { name: "", note: "" });
  const { errors } = form.formState;
  // A taken name is about the name field; a note too long or anything else, about the whole form.
  const formError = errors.note?.message ?? errors.root?.message;
  const onSubmit = form.handleSubmit(({ name, note }) =>
    stamp.mutate(
      { briefId, name, note: note || undefined },
      {
        onSuccess: onStamped,
        onError: (error) =>
          form.setError(error.data?.code === "CONFLICT" ? "name" : "root", { message: errorMessage(error) }),
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label="Version name" error={errors.name?.message}>
        {(control) => (
          <Input
            // It loads after its dialog opened, when the dialog's own focus went to Close
            autoFocus
            {...control}
            placeholder="e.g. v1 — sent to the Deputy"
            autoComplete="off"
            maxLength={80}
            {...form.register("name", { onChange: () => form.clearErrors("name") })}
            disabled={stamp.isPending}
          />
        )}
      </Field>
      <Field
        label={
          <>
            Note <span className="font-normal text-neutral-400">(optional)</span>
          </>
        }
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={500}
            placeholder="What this version is for, who has it"
            {...form.register("note")}
            disabled={stamp.isPending}
            className="w-full resize-y rounded-md border border-neutral-200 bg-white px-3 py-2 text-sm shadow-xs transition-colors placeholder:text-neutral-400 focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/15 focus-visible:outline-none disabled:opacity-50"
          />
        )}
      </Field>
      {formError ? (
        <p role="alert" className="text-sm text-danger">
          {formError}
        </p>
      ) : null}
      <DialogActions>
        <Button type="submit" disabled={stamp.isPending}>
          {stamp.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          Stamp version
        </Button>
      </DialogActions>
    </form>
  );
}
