"use client";

import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { AuthFrame } from "@/components/shell/auth-frame.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Link } from "@/components/ui/link.tsx";
import { SkeletonList } from "@/components/ui/skeleton.tsx";
import { signInWithCredentials } from "@/features/auth/index.ts";
import { useSchemaForm } from "@/hooks/use-schema-form.ts";
import { roleLabel } from "@/lib/labels.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { acceptInviteFormSchema } from "../lib/password-forms.ts";
import { useAcceptInvite, useInvite } from "../queries.ts";

type Invite = NonNullable<ReturnType<typeof useInvite>["data"]>;

/**
 * /invite/[token]: who invited you, as what; then you choose your name and password, are signed
 * in, and land on the dashboard. A link that can't be used says why (expired, used, withdrawn).
 */
export function InviteAcceptance({ token, signedInAs }: { token: string; signedInAs: string | null }) {
  const invite = useInvite(token);
  if (invite.isPending)
    return (
      <AuthFrame title="Join Dossier">
        <SkeletonList label="Checking your invite" count={4} className="space-y-4" itemClassName="h-9" />
      </AuthFrame>
    );
  if (invite.isError)
    return (
      <AuthFrame title="This invite can't be used">
        <p role="alert" className="mt-2 text-sm text-neutral-600">
          {errorMessage(invite.error)}
        </p>
        <Button asChild variant="secondary" className="mt-6 w-full">
          <Link href="/signin">Go to sign in</Link>
        </Button>
      </AuthFrame>
    );
  const role = roleLabel[invite.data.role] ?? invite.data.role;
  return (
    <AuthFrame
      title="Join Dossier"
      description={
        <p>
          {invite.data.invitedBy} invited you as {/^[AEIOU]/.test(role) ? "an" : "a"}{" "}
          <strong className="font-medium text-neutral-800">{role}</strong>. Choose the name colleagues will
          see and a password.
        </p>
      }
    >
      {signedInAs ? (
        <p className="mb-5 rounded-md bg-neutral-100 px-3 py-2 text-xs text-neutral-600">
          You're signed in as {signedInAs} in this browser. Creating this account signs you in as{" "}
          {invite.data.email} instead.
        </p>
      ) : null}
      <AcceptForm token={token} invite={invite.data} />
    </AuthFrame>
  );
}

function AcceptForm({ token, invite }: { token: string; invite: Invite }) {
  const router = useRouter();
  const accept = useAcceptInvite();
  const form = useSchemaForm(acceptInviteFormSchema, { name: "", password: "", confirmPassword: "" });
  const { errors, isSubmitSuccessful } = form.formState;
  const onSubmit = form.handleSubmit(({ name, password }) =>
    accept.mutateAsync({ token, name, password }).then(
      async ({ email }) => {
        const outcome = await signInWithCredentials(email, password);
        // Signed in: straight to the dashboard. If that failed, sign-in with the address filled in.
        router.replace(outcome.ok ? "/" : `/signin?email=${encodeURIComponent(email)}`);
      },
      (e: unknown) => form.setError("root", { message: errorMessage(e) }),
    ),
  );
  const busy = accept.isPending || (accept.isSuccess && isSubmitSuccessful);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {errors.root ? (
        <div
          role="alert"
          className="rounded-md border border-danger/20 bg-danger-soft px-3 py-2 text-sm text-danger"
        >
          {errors.root.message}
        </div>
      ) : null}
      <Field label="Email">
        {(control) => <Input {...control} type="email" value={invite.email} readOnly disabled />}
      </Field>
      <Field label="Your name" error={errors.name?.message}>
        {(control) => (
          <Input {...control} autoComplete="name" autoFocus maxLength={80} {...form.register("name")} />
        )}
      </Field>
      <Field label="Password" error={errors.password?.message} hint="At least 10 characters.">
        {(control) => (
          <Input
            {...control}
            type="password"
            autoComplete="new-password"
            maxLength={256}
            {...form.register("password")}
          />
        )}
      </Field>
      <Field label="Confirm password" error={errors.confirmPassword?.message}>
        {(control) => (
          <Input
            {...control}
            type="password"
            autoComplete="new-password"
            maxLength={256}
            {...form.register("confirmPassword")}
          />
        )}
      </Field>
      <Button type="submit" size="lg" className="w-full" disabled={busy}>
        {busy ? <Loader2 aria-hidden className="animate-spin" /> : null}
        Create account
      </Button>
    </form>
  );
}
