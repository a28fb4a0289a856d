"use client";

import { Loader2 } from "lucide-react";
import { z } from "zod";
import { Button } from "@/components/ui/button.tsx";
import { DialogActions } from "@/components/ui/dialog.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Select } from "@/components/ui/select.tsx";
import { useBriefMembers } from "@/features/members/index.ts";
import { useSchemaForm } from "@/hooks/use-schema-form.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useRequestReview } from "../queries.ts";

// The form's own shape (a select and a date input give strings); the server checks the rest.
const requestForm = z.object({
  reviewerId: z.string(),
  dueAt: z
    .string()
    .refine((v) => v === "" || !Number.isNaN(Date.parse(v)), "Pick a date")
    .refine((v) => v === "" || v >= new Date().toISOString().slice(0, 10), "Pick today or a later day"),
});

export function RequestForm({
  briefId,
  sectionId,
  onDone,
}: {
  briefId: string;
  sectionId: string;
  onDone: () => void;
}) {
  const members = useBriefMembers(briefId);
  const request = useRequestReview();
  const form = useSchemaForm(requestForm, { reviewerId: "", dueAt: "" });
  const { errors } = form.formState;
  const reviewers = (members.data ?? []).filter(
    (m) => (m.role === "EDITOR" || m.role === "REVIEWER") && m.orgRole !== "VIEWER",
  );
  const onSubmit = form.handleSubmit(({ reviewerId, dueAt }) =>
    request.mutate(
      { sectionId, reviewerId: reviewerId || null, dueAt: dueAt ? new Date(`${dueAt}T12:00:00Z`) : null },
      { onSuccess: onDone, onError: (e) => form.setError("root", { message: errorMessage(e) }) },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label="Reviewer" hint="Anyone who reviews this brief can pick it up if you leave this open.">
        {(control) => (
          <Select
            // It loads after its dialog opened, when the dialog's own focus went to Close
            autoFocus
            {...control}
            {...form.register("reviewerId")}
            disabled={request.isPending}
            className="w-full"
          >
            <option value="">Any reviewer</option>
            {reviewers.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        label={
          <>
            Due <span className="font-normal text-neutral-400">(optional)</span>
          </>
        }
        error={errors.dueAt?.message}
      >
        {(control) => (
          <Input {...control} type="date" {...form.register("dueAt")} disabled={request.isPending} />
        )}
      </Field>
      {errors.root?.message ? (
        <p role="alert" className="text-sm text-danger">
          {errors.root.message}
        </p>
      ) : null}
      <DialogActions busy={request.isPending}>
        <Button type="submit" disabled={request.isPending}>
          {request.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          Request review
        </Button>
      </DialogActions>
    </form>
  );
}
