"use client";

import { setFreshnessSchema } from "@dossier/schema";
import { useState } from "react";
import { QueryError } from "@/components/feedback/error-state.tsx";
import { PageFrame } from "@/components/shell/page-frame.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table.tsx";
import { errorMessage } from "@/trpc/errors.ts";
import { useFreshnessPolicies, useSetFreshness } from "../queries.ts";

type Policy = NonNullable<ReturnType<typeof useFreshnessPolicies>["data"]>[number];

/** /admin/freshness: how many days after approval each template section goes stale. */
export function FreshnessAdmin() {
  const query = useFreshnessPolicies();
  return (
    <PageFrame
      title="Freshness"
      description="A section is stale once its last approval is older than this many days (or, never approved, its first text is). Leave empty for never."
    >
      {query.isError ? <QueryError title="Couldn't load the policies" query={query} /> : null}
      {query.data ? (
        <Table label="Freshness policies">
          <TableHeader>
            <TableRow>
              <TableHead>Template section</TableHead>
              <TableHead className="w-40">Stale after (days)</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {query.data.map((p) => (
              <PolicyRow key={p.id} policy={p} />
            ))}
          </TableBody>
        </Table>
      ) : null}
    </PageFrame>
  );
}

/** One row; saves when the field is left (or Enter), checked by the server's own schema first. */
function PolicyRow({ policy }: { policy: Policy }) {
  const set = useSetFreshness();
  const [value, setValue] = useState(policy.staleAfterDays?.toString() ?? "");
  const [error, setError] = useState<string | null>(null);
  const group = policy.parentKey === null;
  const save = () => {
    const staleAfterDays = value.trim() === "" ? null : Number(value);
    if (staleAfterDays === policy.staleAfterDays) return;
    const parsed = setFreshnessSchema.safeParse({ templateSectionId: policy.id, staleAfterDays });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Invalid number");
    setError(null);
    set.mutate(parsed.data, { onError: (e) => setError(errorMessage(e)) });
  };
  return (
    <TableRow>
      <TableCell className={group ? "font-medium text-neutral-900" : "pl-8 text-neutral-700"}>
        {policy.title}
      </TableCell>
      <TableCell>
        <Input
          type="number"
          min={1}
          max={3650}
          inputMode="numeric"
          aria-label={`Stale after (days): ${policy.title}`}
          placeholder="Never"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === "Enter") save();
          }}
          className="h-8 w-28"
          aria-invalid={error ? true : undefined}
        />
        {error ? (
          <p role="alert" className="mt-1 text-xs text-danger">
            {error}
          </p>
        ) : null}
      </TableCell>
    </TableRow>
  );
}
