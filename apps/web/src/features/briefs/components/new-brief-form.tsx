"use client";

import { countryNameSchema, createBriefSchema } from "@dossier/schema";
import { Loader2, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { DialogActions } from "@/components/ui/dialog.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Link } from "@/components/ui/link.tsx";
import { useDebounced } from "@/hooks/use-debounced.ts";
import { useNavigate } from "@/hooks/use-navigate.ts";
import { useSchemaForm } from "@/hooks/use-schema-form.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useBriefsForCountry, useCreateBrief } from "../queries.ts";

/** The country, checked with the schema the server applies, so most mistakes need no round trip. */
export function NewBriefForm() {
  const navigate = useNavigate();
  const create = useCreateBrief();
  const form = useSchemaForm(createBriefSchema, { country: "" });
  const error = form.formState.errors.country?.message;
  const country = form.watch("country").trim();
  const busy = create.isPending || create.isSuccess;
  const onSubmit = form.handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: ({ id }) => navigate(`/briefs/${id}`),
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
            // It loads after its dialog opened, when the dialog's own focus went to Close
            autoFocus
            {...control}
            placeholder="e.g. Mali"
            autoComplete="off"
            {...form.register("country", { onChange: () => form.clearErrors() })}
            disabled={busy}
          />
        )}
      </Field>
      <ExistingBriefs country={country} />
      <DialogActions>
        <Button type="submit" disabled={busy}>
          {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
          Create brief
        </Button>
      </DialogActions>
    </form>
  );
}

/**
 * "A brief for Mali already exists": links to the briefs the reader can see for the country typed.
 * A warning only — a second brief for a country (a new year's edition) is allowed.
 */
function ExistingBriefs({ country }: { country: string }) {
  const typed = useDebounced(country, 300);
  const valid = countryNameSchema.safeParse(typed).success;
  const existing = useBriefsForCountry(typed, { enabled: valid });
  const found = valid ? (existing.data ?? []) : [];
  if (found.length === 0) return null;
  return (
    <div
      role="status"
      className="mt-4 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2.5 text-sm text-amber-950"
    >
      <p className="flex items-center gap-1.5 font-medium">
        <TriangleAlert aria-hidden className="size-4 text-amber-600" />
        {found.length === 1
          ? `A brief for ${found[0]?.country} already exists`
          : `${found.length} briefs for ${typed} already exist`}
      </p>
      <ul className="mt-1 space-y-0.5 pl-5.5">
        {found.map((b) => (
          <li key={b.id}>
            <Link
              href={`/briefs/${b.id}`}
              className="text-amber-900 underline underline-offset-2 hover:text-amber-950"
            >
              {b.title}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-1 pl-5.5 text-xs text-amber-800">
        You can still create another, for example a new edition.
      </p>
    </div>
  );
}
