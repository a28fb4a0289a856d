"use client";

import { Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { useNavigate } from "@/hooks/use-navigate.ts";
import { useSchemaForm } from "@/hooks/use-schema-form.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { defaultTitle, importFormSchema } from "../lib/import-form.ts";
import { useImportBrief } from "../queries.ts";
import type { ImportSource } from "./source-picker.tsx";

/** The last step: the brief's country and title, then "Create brief" → the new brief. */
export function CreateBriefForm({
  source,
  overrides,
  country,
  title,
  disabled,
}: {
  source: ImportSource;
  overrides: Record<string, string>;
  /** What the file's title says, as a starting point. */
  country: string | null;
  title: string | null;
  disabled: boolean;
}) {
  const navigate = useNavigate();
  const create = useImportBrief();
  // The file's title is offered only when it isn't the standard one (which follows the country).
  const ownTitle = title && country && title === defaultTitle(country) ? "" : (title ?? "");
  const form = useSchemaForm(importFormSchema, { country: country ?? "", title: ownTitle });
  const typedCountry = form.watch("country").trim();
  const busy = create.isPending || create.isSuccess;
  const onSubmit = form.handleSubmit((values) =>
    create.mutate(
      { ...source, overrides, country: values.country, title: values.title },
      { onSuccess: ({ id }) => navigate(`/briefs/${id}`) },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label="Country" error={form.formState.errors.country?.message}>
        {(control) => (
          <Input
            {...control}
            autoComplete="off"
            placeholder="e.g. Mali"
            disabled={busy}
            {...form.register("country")}
          />
        )}
      </Field>
      <Field
        label="Title"
        error={form.formState.errors.title?.message}
        hint="Leave empty for the standard title."
      >
        {(control) => (
          <Input
            {...control}
            autoComplete="off"
            placeholder={typedCountry.length >= 2 ? defaultTitle(typedCountry) : "Standard title"}
            disabled={busy}
            {...form.register("title")}
          />
        )}
      </Field>
      {create.isError ? (
        <p role="alert" className="text-sm text-danger">
          Couldn't create the brief. {errorMessage(create.error)}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={busy || disabled}>
        {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
        Create brief
      </Button>
    </form>
  );
}
