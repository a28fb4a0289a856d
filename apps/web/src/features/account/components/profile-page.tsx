"use client";

import { updateProfileSchema } from "@dossier/schema";
import { Loader2 } from "lucide-react";
import type { ReactNode } from "react";
import { PageFrame } from "@/components/shell/page-frame.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { useMe } from "@/features/auth/index.ts";
import { useSchemaForm } from "@/hooks/use-schema-form.ts";
import { roleLabel } from "@/lib/labels.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useUpdateProfile } from "../queries.ts";
import { PasswordForm } from "./password-form.tsx";
import { SignOutEverywhere } from "./sign-out-everywhere.tsx";

/** /profile: your name, your password, and ending every session of yours. */
export function ProfilePage() {
  const me = useMe();
  return (
    <PageFrame title="Profile" description="How colleagues see you, and how you sign in." width="narrow">
      <div className="space-y-6">
        <Card title="Name" description="Shown on your revisions, comments and mentions — past ones too.">
          <NameForm name={me.name} />
        </Card>
        <Card title="Account" description="Only an admin can change your email or your role.">
          <dl className="grid grid-cols-[6rem_1fr] gap-y-2 text-sm">
            <dt className="text-neutral-500">Email</dt>
            <dd className="text-neutral-900">{me.email}</dd>
            <dt className="text-neutral-500">Role</dt>
            <dd>
              <Badge tone="outline">{roleLabel[me.role] ?? me.role}</Badge>
            </dd>
          </dl>
        </Card>
        <Card
          title="Password"
          description="Changing it signs you out everywhere else; this browser stays signed in."
        >
          <PasswordForm />
        </Card>
        <Card
          title="Sessions"
          description="Left yourself signed in on a shared or lost computer? End every session at once."
        >
          <SignOutEverywhere />
        </Card>
      </div>
    </PageFrame>
  );
}

function Card({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  const id = `profile-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="rounded-xl border border-neutral-200 bg-white p-6">
      <h2 id={id} className="text-sm font-semibold text-neutral-900">
        {title}
      </h2>
      <p className="mt-1 mb-5 text-sm text-neutral-500">{description}</p>
      {children}
    </section>
  );
}

function NameForm({ name }: { name: string }) {
  const update = useUpdateProfile();
  const form = useSchemaForm(updateProfileSchema, { name });
  const { errors, isDirty } = form.formState;
  const onSubmit = form.handleSubmit((values) =>
    update.mutate(values, {
      onSuccess: (me) => form.reset({ name: me.name }),
      onError: (e) => form.setError("name", { message: errorMessage(e) }),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-2">
      <Field label="Full name" error={errors.name?.message} className="min-w-56 flex-1">
        {(control) => (
          <Input
            {...control}
            autoComplete="name"
            maxLength={80}
            disabled={update.isPending}
            {...form.register("name", { onChange: () => update.reset() })}
          />
        )}
      </Field>
      <Button type="submit" className="mt-[1.375rem] h-9" disabled={update.isPending || !isDirty}>
        {update.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
        Save name
      </Button>
      <p aria-live="polite" className="w-full text-xs text-emerald-700 empty:hidden">
        {update.isSuccess && !isDirty ? "Name saved." : ""}
      </p>
    </form>
  );
}
