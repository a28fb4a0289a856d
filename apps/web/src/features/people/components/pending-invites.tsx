"use client";

import { useSetAtom } from "jotai";
import { Link2, Loader2, Mail, X } from "lucide-react";
import { useState } from "react";
import { QueryError } from "@/components/feedback/error-state.tsx";
import { ConfirmDialog } from "@/components/ui/alert-dialog.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Button } from "@/components/ui/button.tsx";
import { DialogClose, DialogFooter, DialogShell } from "@/components/ui/dialog.tsx";
import { RelativeTime } from "@/components/ui/relative-time.tsx";
import type { RouterOutputs } from "@/lib/api-types.ts";
import { plural, roleLabel } from "@/lib/labels.ts";
import { formatFull } from "@/lib/relative-time.ts";
import { errorMessage } from "@/trpc/errors.ts";
import type { Delivery } from "../lib/delivery.ts";
import { useInvites, useResendInvite, useRevokeInvite } from "../queries.ts";
import { peopleNoticeAtom } from "../state.ts";
import { InviteLink } from "./invite-link.tsx";

type Invite = RouterOutputs["users"]["invites"]["list"][number];
type Fresh = { link: string; email: string; delivery: Delivery };

/** Invites not yet used: copy a new link, send it again, or withdraw it. Hidden when there are none. */
export function PendingInvites() {
  const invites = useInvites();
  const [fresh, setFresh] = useState<Fresh | null>(null);
  if (invites.isPending) return null;
  if (invites.isError) return <QueryError title="Couldn't load the pending invites" query={invites} />;
  if (invites.data.length === 0) return null;
  return (
    <section aria-labelledby="pending-invites" className="mb-10">
      <h2 id="pending-invites" className="mb-3 text-sm font-semibold text-neutral-900">
        Pending invites <span className="font-normal text-neutral-400">{invites.data.length}</span>
      </h2>
      <ul
        aria-label="Pending invites"
        className="divide-y divide-neutral-100 rounded-xl border border-neutral-200 bg-white"
      >
        {invites.data.map((invite) => (
          <InviteRow key={invite.id} invite={invite} onLink={setFresh} />
        ))}
      </ul>
      <DialogShell
        open={fresh !== null}
        onOpenChange={(open) => (open ? undefined : setFresh(null))}
        title={fresh ? `New link for ${fresh.email}` : ""}
        description="The previous link no longer works."
        className="max-w-lg"
      >
        {fresh ? (
          <>
            <InviteLink {...fresh} />
            <DialogFooter>
              <DialogClose asChild>
                <Button>Done</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : null}
      </DialogShell>
    </section>
  );
}

function InviteRow({ invite, onLink }: { invite: Invite; onLink: (fresh: Fresh) => void }) {
  const resend = useResendInvite();
  const [error, setError] = useState<string | null>(null);
  const daysLeft = Math.ceil((invite.expiresAt.getTime() - Date.now()) / 86_400_000);
  const renew = (notify: boolean) => {
    setError(null);
    resend.mutate(
      { inviteId: invite.id, notify },
      {
        onSuccess: ({ link, delivery }) => onLink({ link, email: invite.email, delivery }),
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };
  const busy = resend.isPending ? resend.variables?.notify : null;
  return (
    <li className="flex flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 first:rounded-t-xl last:rounded-b-xl">
      <div className="min-w-0 flex-1">
        <p className="flex items-center gap-2 text-sm text-neutral-900">
          <span className="truncate">{invite.email}</span>
          <Badge tone="outline">{roleLabel[invite.role] ?? invite.role}</Badge>
          {invite.status === "EXPIRED" ? <Badge tone="warning">Expired</Badge> : null}
        </p>
        <p className="mt-0.5 text-xs text-neutral-500">
          Invited by {invite.invitedBy.name} <RelativeTime date={invite.createdAt} /> ·{" "}
          <span title={formatFull(invite.expiresAt)}>
            {invite.status === "EXPIRED"
              ? "send a new link to renew it"
              : `expires in ${plural(Math.max(daysLeft, 1), "day")}`}
          </span>
        </p>
        {error ? (
          <p role="alert" className="mt-1 text-xs text-danger">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex items-center gap-1">
        <Button
          variant="ghost"
          size="sm"
          aria-label={`Copy a new link for ${invite.email}`}
          disabled={resend.isPending}
          onClick={() => renew(false)}
        >
          {busy === false ? <Loader2 aria-hidden className="animate-spin" /> : <Link2 aria-hidden />}
          Copy link
        </Button>
        <Button
          variant="ghost"
          size="sm"
          aria-label={`Resend the invite to ${invite.email}`}
          disabled={resend.isPending}
          onClick={() => renew(true)}
        >
          {busy === true ? <Loader2 aria-hidden className="animate-spin" /> : <Mail aria-hidden />}
          Resend
        </Button>
        <RevokeInvite invite={invite} />
      </div>
    </li>
  );
}

function RevokeInvite({ invite }: { invite: Invite }) {
  const revoke = useRevokeInvite();
  const setNotice = useSetAtom(peopleNoticeAtom);
  const [open, setOpen] = useState(false);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) revoke.reset();
      }}
      trigger={
        <Button
          variant="ghost"
          size="sm"
          aria-label={`Revoke the invite for ${invite.email}`}
          className="hover:text-danger"
        >
          <X aria-hidden />
          Revoke
        </Button>
      }
      title={`Revoke the invite for ${invite.email}?`}
      description="The link stops working at once. You can invite them again later."
      confirmLabel="Revoke invite"
      tone="danger"
      busy={revoke.isPending}
      error={revoke.isError ? errorMessage(revoke.error) : null}
      onConfirm={() =>
        revoke.mutate(
          { inviteId: invite.id },
          {
            onSuccess: () => {
              setOpen(false);
              setNotice(`Revoked the invite for ${invite.email}.`);
            },
          },
        )
      }
    />
  );
}
