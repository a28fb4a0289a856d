"use client";

import { type CountryFacts, FACT_FIELDS, factsFormSchema, factsToForm } from "@dossier/schema";
import { Loader2 } from "lucide-react";
import { useId } from "react";
import type { FieldErrors } from "react-hook-form";
import { Button } from "@/components/ui/button.tsx";
import { Input } from "@/components/ui/input.tsx";
import { useSchemaForm } from "@/hooks/use-schema-form.ts";

type RowErrors = Partial<Record<"value" | "source" | "asOf" | "scale", { message?: string }>>;

/**
 * The facts form: one row per fact (value, as-of date, source), blank rows ignored. Checked with
 * the schema the server applies; its messages appear under the field they are about.
 */
export function FactsForm({
  facts,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  facts: CountryFacts | null;
  busy: boolean;
  error: string | null;
  onSubmit: (facts: CountryFacts) => void;
  onCancel: () => void;
}) {
  const form = useSchemaForm(factsFormSchema, factsToForm(facts));
  const errors = form.formState.errors as FieldErrors & Record<string, RowErrors | undefined>;
  const submit = form.handleSubmit((values) => onSubmit(values));
  return (
    <form onSubmit={submit} noValidate aria-label="Country facts" className="space-y-3">
      <div className="hidden grid-cols-[10rem_1fr_9.5rem_1fr] gap-2 px-1 text-[11px] font-medium text-neutral-400 sm:grid">
        <span>Fact</span>
        <span>Value</span>
        <span>As of</span>
        <span>Source (http/https)</span>
      </div>
      {FACT_FIELDS.map(({ key, label, kind }) => (
        <FactRow
          key={key}
          label={label}
          placeholder={PLACEHOLDERS[kind] ?? ""}
          register={(field) => form.register(`${key}.${field}` as never)}
          withScale={kind === "score"}
          errors={errors[key]}
          disabled={busy}
        />
      ))}
      {error ? (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex justify-end gap-2 pt-1">
        <Button type="button" variant="ghost" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" disabled={busy}>
          {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
          Save facts
        </Button>
      </div>
    </form>
  );
}

const PLACEHOLDERS: Record<string, string> = {
  count: "e.g. 22.4 million",
  usd: "e.g. 20.9 billion",
  rank: "e.g. 188",
  score: "e.g. 10",
  text: "",
};

function FactRow({
  label,
  placeholder,
  register,
  withScale,
  errors,
  disabled,
}: {
  label: string;
  placeholder: string;
  register: (field: "value" | "source" | "asOf" | "scale") => object;
  withScale: boolean;
  errors: RowErrors | undefined;
  disabled: boolean;
}) {
  const id = useId();
  const messages = (["value", "scale", "asOf", "source"] as const)
    .map((field) => errors?.[field]?.message)
    .filter((m): m is string => Boolean(m));
  const invalid = (field: keyof RowErrors) => (errors?.[field] ? { "aria-invalid": true as const } : {});
  const describedBy = messages.length > 0 ? { "aria-describedby": `${id}-error` } : {};
  return (
    <fieldset className="grid grid-cols-1 gap-2 rounded-lg sm:grid-cols-[10rem_1fr_9.5rem_1fr] sm:items-start">
      <legend className="sr-only">{label}</legend>
      <span aria-hidden className="pt-2 text-sm text-neutral-600">
        {label}
      </span>
      <div className="flex gap-2">
        <Input
          aria-label={`${label} value`}
          placeholder={placeholder}
          autoComplete="off"
          disabled={disabled}
          {...invalid("value")}
          {...describedBy}
          {...register("value")}
        />
        {withScale ? (
          <Input
            aria-label={`${label} scale`}
            placeholder="scale, e.g. Freedom House 0–100"
            autoComplete="off"
            disabled={disabled}
            {...invalid("scale")}
            {...describedBy}
            {...register("scale")}
          />
        ) : null}
      </div>
      <Input
        type="date"
        aria-label={`${label} as of`}
        disabled={disabled}
        {...invalid("asOf")}
        {...describedBy}
        {...register("asOf")}
      />
      <Input
        type="url"
        aria-label={`${label} source`}
        placeholder="https://…"
        autoComplete="off"
        disabled={disabled}
        {...invalid("source")}
        {...describedBy}
        {...register("source")}
      />
      {messages.length > 0 ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-danger sm:col-start-2 sm:col-end-5">
          {messages.join(" · ")}
        </p>
      ) : null}
    </fieldset>
  );
}
