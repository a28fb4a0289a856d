"use client";

import { Loader2 } from "lucide-react";
import { z } from "zod";
import { Button } from "@/components/ui/button.tsx";
import { DialogActions } from "@/components/ui/dialog.tsx";
import { Field } from "@/components/ui/field.tsx";
import { useSchemaForm } from "@/hooks/use-schema-form.ts";

/** One required text, checked like the server checks it (`reviewNoteText` in @dossier/schema). */
export function NoteForm({
  label,
  placeholder,
  submitLabel,
  pending,
  schema,
  onSubmit,
}: {
  label: string;
  placeholder: string;
  submitLabel: string;
  pending: boolean;
  schema: z.ZodType<string>;
  onSubmit: (text: string, fail: (message: string) => void) => void;
}) {
  const form = useSchemaForm(z.object({ text: schema }), { text: "" });
  const { errors } = form.formState;
  const submit = form.handleSubmit(({ text }) =>
    onSubmit(text, (message) => form.setError("root", { message })),
  );
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field label={label} error={errors.text?.message}>
        {(control) => (
          <textarea
            // biome-ignore lint/a11y/noAutofocus: it loads after its dialog opened, whose focus went to Close
            autoFocus
            {...control}
            rows={4}
            maxLength={2000}
            placeholder={placeholder}
            {...form.register("text")}
            disabled={pending}
            className="w-full resize-y rounded-md border border-neutral-200 bg-white px-3 py-2 text-sm shadow-xs transition-colors placeholder:text-neutral-400 focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/15 focus-visible:outline-none disabled:opacity-50"
          />
        )}
      </Field>
      {errors.root?.message ? (
        <p role="alert" className="text-sm text-danger">
          {errors.root.message}
        </p>
      ) : null}
      <DialogActions busy={pending}>
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          {submitLabel}
        </Button>
      </DialogActions>
    </form>
  );
}
