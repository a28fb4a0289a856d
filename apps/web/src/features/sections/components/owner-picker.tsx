"use client";

import { Loader2 } from "lucide-react";
import { useId, useState } from "react";
import { Select } from "@/components/ui/select.tsx";
import { canOwnSections, useBriefMembers } from "@/features/members/index.ts";
import { errorMessage } from "@/trpc/errors.ts";
import { useSetSectionOwner } from "../queries.ts";

const UNASSIGNED = "";

/**
 * "Owner: …" in the section header. For the brief's editors a picker of the members who can edit
 * (plus Unassigned); for everyone else the name as text.
 */
export function OwnerPicker({
  briefId,
  section,
  canAssign,
}: {
  briefId: string;
  section: { id: string; key: string; owner: { id: string; name: string } | null };
  canAssign: boolean;
}) {
  const id = useId();
  if (!canAssign) {
    return (
      <span>
        Owner: <span className="text-neutral-700">{section.owner?.name ?? "Unassigned"}</span>
      </span>
    );
  }
  return (
    <span className="flex items-center gap-1">
      <label htmlFor={id}>Owner:</label>
      <OwnerSelect id={id} briefId={briefId} section={section} />
    </span>
  );
}

function OwnerSelect({
  id,
  briefId,
  section,
}: {
  id: string;
  briefId: string;
  section: { id: string; key: string; owner: { id: string; name: string } | null };
}) {
  const members = useBriefMembers(briefId);
  const setOwner = useSetSectionOwner(briefId, section.key);
  const [error, setError] = useState<string | null>(null);
  const candidates = (members.data ?? []).filter(canOwnSections);
  const current = section.owner;
  // The current owner stays listed even if they could no longer be chosen (e.g. demoted since).
  const options =
    current && !candidates.some((m) => m.id === current.id) ? [current, ...candidates] : candidates;
  return (
    <>
      <Select
        id={id}
        size="xs"
        value={current?.id ?? UNASSIGNED}
        disabled={setOwner.isPending}
        onChange={(event) => {
          setError(null);
          const ownerId = event.target.value || null;
          setOwner.mutate({ sectionId: section.id, ownerId }, { onError: (e) => setError(errorMessage(e)) });
        }}
        className="border-transparent text-neutral-700 shadow-none hover:border-neutral-200"
      >
        <option value={UNASSIGNED}>Unassigned</option>
        {options.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </Select>
      {setOwner.isPending || members.isPending ? (
        <Loader2 aria-hidden className="size-3 animate-spin text-neutral-400" />
      ) : null}
      {error ? (
        <span role="alert" className="text-danger">
          {error}
        </span>
      ) : null}
    </>
  );
}
