"use client";

import { useSetAtom } from "jotai";
import { ConfirmDialog } from "@/components/ui/alert-dialog.tsx";
import { plural, roleLabel } from "@/lib/labels.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useDeactivateUser, useReactivateUser } from "../queries.ts";
import { peopleNoticeAtom } from "../state.ts";

type Person = { id: string; name: string; email: string; role: string };

/** "Deactivate Omar Analyst?": what happens to their sessions and their work, before it happens. */
export function DeactivateDialog({
  person,
  open,
  onOpenChange,
}: {
  person: Person;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const deactivate = useDeactivateUser();
  const setNotice = useSetAtom(peopleNoticeAtom);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) deactivate.reset();
      }}
      title={`Deactivate ${person.name}?`}
      description={
        <>
          <p>
            {person.name} ({person.email}) is signed out everywhere at once and can't sign in until an admin
            reactivates the account.
          </p>
          <p>
            Their name stays on the revisions and comments they wrote, and their place on shared briefs is
            kept for when they return.
          </p>
        </>
      }
      confirmLabel="Deactivate"
      tone="danger"
      busy={deactivate.isPending}
      error={deactivate.isError ? errorMessage(deactivate.error) : null}
      onConfirm={() =>
        deactivate.mutate(
          { userId: person.id },
          {
            onSuccess: ({ sessionsEnded }) => {
              onOpenChange(false);
              setNotice(
                `${person.name} is deactivated` +
                  (sessionsEnded > 0 ? ` and was signed out of ${plural(sessionsEnded, "session")}.` : "."),
              );
            },
          },
        )
      }
    />
  );
}

/** "Reactivate Omar Analyst?": they can sign in again, with the role they had. */
export function ReactivateDialog({
  person,
  open,
  onOpenChange,
}: {
  person: Person;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const reactivate = useReactivateUser();
  const setNotice = useSetAtom(peopleNoticeAtom);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) reactivate.reset();
      }}
      title={`Reactivate ${person.name}?`}
      description={`${person.name} can sign in again with their password, as ${roleLabel[person.role] ?? person.role}, and sees the briefs shared with them.`}
      confirmLabel="Reactivate"
      busy={reactivate.isPending}
      error={reactivate.isError ? errorMessage(reactivate.error) : null}
      onConfirm={() =>
        reactivate.mutate(
          { userId: person.id },
          {
            onSuccess: () => {
              onOpenChange(false);
              setNotice(`${person.name} can sign in again.`);
            },
          },
        )
      }
    />
  );
}
