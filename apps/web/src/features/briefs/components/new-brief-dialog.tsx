"use client";

import { createBriefSchema } from "@dossier/schema";
import { Loader2, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button.tsx";
import { DialogActions, DialogShell } from "@/components/ui/dialog.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { useSchemaForm } from "@/hooks/use-schema-form.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useCreateBrief } from "../queries.ts";

/** `label`: the trigger's text; the empty state uses its own so the page never has two "New brief" buttons. */
export function NewBriefDialog({ label = "New brief" }: { label?: string }) {
  return (
    <DialogShell
      trigger={
        <Button>
          <Plus aria-hidden />
          {label}
        </Button>
      }
      title="New brief"
      description="Starts from the standard template, with every section empty."
    >
      <NewBriefForm />
    </DialogShell>
  );
}

/** The country, checked with the schema the server applies, so most mistakes need no round trip. */
function NewBriefForm() {
  const router = useRouter();
  const create = useCreateBrief();
  const form = useSchemaForm(createBriefSchema, { country: "" });
  const error = form.formState.errors.country?.message;
  const country = form.watch("country").trim();
  const busy = create.isPending || create.isSuccess;
  const onSubmit = form.handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: ({ id }) => router.push(`/briefs/${id}`),
      onError: (e) => form.setError("country", { message: errorMessage(e) }),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Field
        label="Country"
        error={error}
        hint={country.length >= 2 ? `Title: ${country}: Strategic U.S. Foreign Policy Analysis` : undefined}
      >
        {(control) => (
          <Input
            {...control}
            placeholder="e.g. Mali"
            autoComplete="off"
            {...form.register("country", { onChange: () => form.clearErrors() })}
            disabled={busy}
          />
        )}
      </Field>
      <DialogActions>
        <Button type="submit" disabled={busy}>
          {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
          Create brief
        </Button>
      </DialogActions>
    </form>
  );
}
