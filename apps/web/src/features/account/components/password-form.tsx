"use client";

import { Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { useSchemaForm } from "@/hooks/use-schema-form.ts";
import { plural } from "@/lib/labels.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { changePasswordFormSchema } from "../lib/password-forms.ts";
import { useChangePassword } from "../queries.ts";

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };

/** Current password, then the new one twice. Says how many other sessions were ended. */
export function PasswordForm() {
  const change = useChangePassword();
  const form = useSchemaForm(changePasswordFormSchema, EMPTY);
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => form.reset(EMPTY),
        onError: (e) => {
          const message = errorMessage(e);
          form.setError(/current password/i.test(message) ? "currentPassword" : "root", { message });
        },
      },
    ),
  );
  const ended = change.data?.otherSessionsEnded;
  const field = (
    name: keyof typeof EMPTY,
    label: string,
    autoComplete: "current-password" | "new-password",
    hint?: string,
  ) => (
    <Field label={label} error={errors[name]?.message} hint={hint}>
      {(control) => (
        <Input
          {...control}
          type="password"
          autoComplete={autoComplete}
          maxLength={256}
          disabled={change.isPending}
          {...form.register(name, { onChange: () => change.reset() })}
        />
      )}
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-4">
      {field("currentPassword", "Current password", "current-password")}
      {field(
        "newPassword",
        "New password",
        "new-password",
        "At least 10 characters; a phrase of a few words is good.",
      )}
      {field("confirmPassword", "Confirm new password", "new-password")}
      {errors.root ? (
        <p role="alert" className="text-sm text-danger">
          {errors.root.message}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={change.isPending}>
          {change.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          Change password
        </Button>
        <p aria-live="polite" className="text-sm text-emerald-700">
          {ended === undefined
            ? ""
            : ended === 0
              ? "Password changed. You had no other sessions."
              : `Password changed. ${plural(ended, "other session")} ${ended === 1 ? "was" : "were"} signed out.`}
        </p>
      </div>
    </form>
  );
}
