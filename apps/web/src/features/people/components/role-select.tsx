"use client";

import type { OrgRoleName } from "@dossier/schema";
import { useSetAtom } from "jotai";
import { Loader2 } from "lucide-react";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/alert-dialog.tsx";
import { Select } from "@/components/ui/select.tsx";
import { roleLabel } from "@/lib/labels.ts";
import { signOutHere } from "@/lib/sign-out.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { isDemotion, ORG_ROLES } from "../lib/roles.ts";
import { useSetUserRole } from "../queries.ts";
import { peopleNoticeAtom } from "../state.ts";

type Person = { id: string; name: string; role: OrgRoleName };

/**
 * The role of one person, changed in place. A change ends their sessions (they sign in again as
 * the new role). Stepping down yourself asks first, then signs you out. Refusals (the last admin)
 * appear under the select.
 */
export function RoleSelect({ person, isMe }: { person: Person; isMe: boolean }) {
  const setRole = useSetUserRole();
  const setNotice = useSetAtom(peopleNoticeAtom);
  const [confirming, setConfirming] = useState<OrgRoleName | null>(null);
  const shown = setRole.isPending ? setRole.variables.role : person.role;

  const apply = (role: OrgRoleName) =>
    setRole.mutate(
      { userId: person.id, role },
      {
        onSuccess: ({ sessionsEnded }) => {
          setConfirming(null);
          if (isMe) return void signOutHere();
          setNotice(
            `${person.name} is now ${article(role)} ${roleLabel[role]}.` +
              (sessionsEnded > 0 ? " They were signed out and sign in again with the new role." : ""),
          );
        },
      },
    );

  return (
    <div>
      <div className="flex items-center gap-1.5">
        <Select
          size="xs"
          aria-label={`Role of ${person.name}`}
          value={shown}
          disabled={setRole.isPending}
          onChange={(e) => {
            const role = e.target.value as OrgRoleName;
            setRole.reset();
            if (isMe && isDemotion(person.role, role)) setConfirming(role);
            else apply(role);
          }}
        >
          {ORG_ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabel[r]}
            </option>
          ))}
        </Select>
        {setRole.isPending ? (
          <Loader2 aria-label="Saving" className="size-3.5 animate-spin text-neutral-400" />
        ) : null}
      </div>
      {setRole.isError && !confirming ? (
        <p role="alert" className="mt-1 max-w-56 text-xs text-danger">
          {errorMessage(setRole.error)}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (!open) {
            setConfirming(null);
            setRole.reset();
          }
        }}
        title={`Step down to ${confirming ? roleLabel[confirming] : ""}?`}
        description="You'll be signed out at once, and sign in again with the new role. Only another admin can make you an admin again."
        confirmLabel="Change my role"
        tone="danger"
        busy={setRole.isPending}
        error={setRole.isError ? errorMessage(setRole.error) : null}
        onConfirm={() => confirming && apply(confirming)}
      />
    </div>
  );
}

const article = (role: OrgRoleName) => (role === "ADMIN" ? "an" : "a");
