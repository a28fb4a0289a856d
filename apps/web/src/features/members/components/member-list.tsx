"use client";

import { Loader2, X } from "lucide-react";
import { Avatar } from "@/components/ui/avatar.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Select } from "@/components/ui/select.tsx";
import { SkeletonList } from "@/components/ui/skeleton.tsx";
import { useMe } from "@/features/auth/index.ts";
import type { RouterOutputs } from "@/lib/api-types.ts";
import { roleLabel } from "@/lib/labels.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { effectiveRole } from "../lib/effective-role.ts";
import { useBriefMembers, useRemoveMember, useSetMember } from "../queries.ts";

export type BriefMember = RouterOutputs["briefs"]["members"]["list"][number];

/** "People with access": each one's brief role changeable in place, each removable (except yourself). */
export function MemberList({
  briefId,
  enabled,
  error,
  onError,
}: {
  briefId: string;
  enabled: boolean;
  error: string | null;
  onError: (message: string | null) => void;
}) {
  const members = useBriefMembers(briefId, { enabled });
  return (
    <div className="mt-5 border-t border-neutral-100 pt-4">
      <h3 className="mb-2 text-xs font-semibold text-neutral-500">People with access</h3>
      {members.isPending ? (
        <SkeletonList label="Loading members" count={3} className="space-y-2" itemClassName="h-9 w-full" />
      ) : members.isError ? (
        <p role="alert" className="text-xs text-danger">
          Couldn't load the members. {errorMessage(members.error)}
        </p>
      ) : (
        <ul aria-label="Members" className="-mx-2 max-h-72 space-y-0.5 overflow-y-auto">
          {members.data.map((member) => (
            <MemberRow key={member.id} briefId={briefId} member={member} onError={onError} />
          ))}
        </ul>
      )}
      {error ? (
        <p role="alert" className="mt-2 text-xs text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function MemberRow({
  briefId,
  member,
  onError,
}: {
  briefId: string;
  member: BriefMember;
  onError: (message: string | null) => void;
}) {
  const me = useMe();
  const remove = useRemoveMember(briefId);
  const change = useSetMember(briefId);
  const acts = effectiveRole(member);
  return (
    <li className="flex items-center gap-3 rounded-md px-2 py-1.5 hover:bg-neutral-50">
      <Avatar user={member} />
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm text-neutral-900">
          {member.name}
          {member.id === me.id ? <span className="text-neutral-400"> (you)</span> : null}
        </p>
        <p className="truncate text-xs text-neutral-500">{member.email}</p>
      </div>
      <span className="flex flex-col items-end text-xs text-neutral-600">
        <Select
          size="xs"
          aria-label={`Access for ${member.name}`}
          value={member.role}
          disabled={change.isPending}
          onChange={(event) => {
            onError(null);
            const role = event.target.value as BriefMember["role"];
            change.mutate(
              { briefId, email: member.email, role },
              { onError: (e) => onError(errorMessage(e)) },
            );
          }}
          className="border-transparent shadow-none hover:border-neutral-200"
        >
          {(["EDITOR", "REVIEWER", "VIEWER"] as const).map((r) => (
            <option key={r} value={r}>
              {roleLabel[r]}
            </option>
          ))}
        </Select>
        {acts !== member.role ? (
          <span className="text-[11px] text-neutral-400">acts as {roleLabel[acts] ?? acts}</span>
        ) : null}
      </span>
      {member.id !== me.id ? (
        <Button
          variant="ghost"
          size="icon-sm"
          aria-label={`Remove ${member.name}`}
          disabled={remove.isPending}
          onClick={() => {
            onError(null);
            remove.mutate({ briefId, userId: member.id }, { onError: (e) => onError(errorMessage(e)) });
          }}
          className="text-neutral-400 hover:text-danger"
        >
          {remove.isPending ? <Loader2 aria-hidden className="animate-spin" /> : <X aria-hidden />}
        </Button>
      ) : (
        <span className="size-7" />
      )}
    </li>
  );
}
