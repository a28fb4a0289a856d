"use client";

import { inviteUserSchema } from "@dossier/schema";
import { useSetAtom } from "jotai";
import { Loader2, UserPlus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import { DialogActions, DialogClose, DialogFooter, DialogShell } from "@/components/ui/dialog.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Select } from "@/components/ui/select.tsx";
import { useSchemaForm } from "@/hooks/use-schema-form.ts";
import { roleLabel } from "@/lib/labels.ts";
import { errorMessage } from "@/trpc/errors.ts";
import type { Delivery } from "../lib/delivery.ts";
import { ORG_ROLE_HELP, ORG_ROLES } from "../lib/roles.ts";
import { useCreateInvite } from "../queries.ts";
import { peopleNoticeAtom } from "../state.ts";
import { InviteLink } from "./invite-link.tsx";

type Sent = { link: string; email: string; delivery: Delivery };

/** "Invite people": email and role, then the one-time link to copy (and whether it was emailed). */
export function InviteDialog() {
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  return (
    <DialogShell
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setSent(null);
      }}
      trigger={
        <Button>
          <UserPlus aria-hidden />
          Invite people
        </Button>
      }
      title={sent ? `Invite ready for ${sent.email}` : "Invite a colleague"}
      description={
        sent
          ? "Send them this link. They choose their name and password, then land on the dashboard."
          : "They get a one-time sign-up link that works for 7 days."
      }
      className="max-w-lg"
    >
      {sent ? (
        <>
          <InviteLink {...sent} />
          <DialogFooter>
            <Button variant="secondary" onClick={() => setSent(null)}>
              Invite someone else
            </Button>
            <DialogClose asChild>
              <Button>Done</Button>
            </DialogClose>
          </DialogFooter>
        </>
      ) : open ? (
        <InviteForm onSent={setSent} />
      ) : null}
    </DialogShell>
  );
}

function InviteForm({ onSent }: { onSent: (sent: Sent) => void }) {
  const create = useCreateInvite();
  const setNotice = useSetAtom(peopleNoticeAtom);
  const form = useSchemaForm(inviteUserSchema, { email: "", role: "EDITOR" });
  const { errors } = form.formState;
  const role = form.watch("role");
  const onSubmit = form.handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: ({ link, invite, delivery }) => {
        setNotice(`Invited ${invite.email} as ${roleLabel[invite.role] ?? invite.role}.`);
        onSent({ link, email: invite.email, delivery });
      },
      onError: (e) => form.setError("email", { message: errorMessage(e) }),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label="Email address" error={errors.email?.message}>
        {(control) => (
          <Input
            {...control}
            type="email"
            autoComplete="off"
            autoFocus
            placeholder="name@example.org"
            disabled={create.isPending}
            {...form.register("email")}
          />
        )}
      </Field>
      <Field label="Role" hint={`${roleLabel[role]}: ${ORG_ROLE_HELP[role]}.`}>
        {(control) => (
          <Select {...control} className="w-full" disabled={create.isPending} {...form.register("role")}>
            {ORG_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel[r]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <DialogActions busy={create.isPending}>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? <Loader2 aria-hidden className="animate-spin" /> : null}
          Create invite
        </Button>
      </DialogActions>
    </form>
  );
}
