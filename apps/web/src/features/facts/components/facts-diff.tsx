"use client";

import { asOfLabel, type CountryFacts, diffFacts, type FactRow } from "@dossier/schema";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table.tsx";

/**
 * The country facts that changed between two revisions, shown above the text's diff: facts are
 * saved with the text, so a comparison that skipped them would hide half of what changed.
 */
export function FactsDiff({ from, to }: { from: CountryFacts | null; to: CountryFacts | null }) {
  const changes = diffFacts(from, to);
  if (changes.length === 0) return null;
  return (
    <Table label="Facts changed">
      <TableHeader>
        <TableRow>
          <TableHead>Fact</TableHead>
          <TableHead>Before</TableHead>
          <TableHead>After</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {changes.map((change) => (
          <TableRow key={change.key}>
            <TableCell className="text-neutral-500">{change.label}</TableCell>
            <TableCell>
              <FactSide row={change.before} kind="removed" />
            </TableCell>
            <TableCell>
              <FactSide row={change.after} kind="added" />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** One side of a change: the value (struck through when it went away) and its as-of date. */
function FactSide({ row, kind }: { row: FactRow | null; kind: "added" | "removed" }) {
  if (!row) return <span className="text-neutral-400">—</span>;
  return (
    <span className="flex flex-col">
      {kind === "removed" ? (
        <del className="text-red-700 decoration-red-400 tabular-nums">{row.value}</del>
      ) : (
        <ins className="font-medium text-emerald-800 no-underline tabular-nums">{row.value}</ins>
      )}
      <span className="text-xs text-neutral-500">{asOfLabel(row.asOf)}</span>
    </span>
  );
}
