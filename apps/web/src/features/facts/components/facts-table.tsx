"use client";

import { asOfLabel, type CountryFacts, factRows } from "@dossier/schema";
import { TriangleAlert } from "lucide-react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table.tsx";
import { cn } from "@/lib/utils.ts";

/** Country facts as a table: value, as-of date (flagged when over a year old) and source link. */
export function FactsTable({ facts, now = new Date() }: { facts: CountryFacts | null; now?: Date }) {
  const rows = factRows(facts, now);
  if (rows.length === 0) return null;
  return (
    <Table label="Country facts">
      <TableHeader>
        <TableRow>
          <TableHead>Fact</TableHead>
          <TableHead>Value</TableHead>
          <TableHead>As of</TableHead>
          <TableHead>Source</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell className="text-neutral-500">{row.label}</TableCell>
            <TableCell className="font-medium text-neutral-900 tabular-nums">{row.value}</TableCell>
            <TableCell
              className={cn("text-xs whitespace-nowrap", row.old ? "text-amber-700" : "text-neutral-500")}
            >
              {row.old ? (
                <span
                  className="inline-flex items-center gap-1"
                  title="Over a year old: check for newer figures"
                >
                  <TriangleAlert aria-hidden className="size-3.5" />
                  {asOfLabel(row.asOf, now)}
                </span>
              ) : (
                asOfLabel(row.asOf, now)
              )}
            </TableCell>
            <TableCell className="max-w-48 truncate text-xs">
              <a
                href={row.source}
                rel="noopener noreferrer nofollow"
                className="text-accent underline-offset-2 hover:underline"
              >
                {hostOf(row.source)}
              </a>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** "data.worldbank.org" for a long URL: the table names where a figure comes from. */
function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return url;
  }
}
