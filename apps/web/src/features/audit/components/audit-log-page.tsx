"use client";

import { CalendarX } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { PageFrame } from "@/components/shell/page-frame.tsx";
import { Button } from "@/components/ui/button.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import {
  type AuditFilters,
  auditFiltersProblem,
  auditFiltersToSearch,
  NO_AUDIT_FILTERS,
  parseAuditFilters,
} from "../lib/audit-filters.ts";
import { useAuditLog } from "../queries.ts";
import { AuditFilterBar } from "./audit-filter-bar.tsx";
import { EventList } from "./event-list.tsx";

/**
 * /admin/audit: every change of record, newest first, filtered by person, brief, action and days.
 * The filters live in the URL, so "View activity" on the people page links straight to a person.
 */
export function AuditLogPage() {
  const router = useRouter();
  const pathname = usePathname();
  const filters = parseAuditFilters(useSearchParams());
  const log = useAuditLog(filters);
  const setFilters = (next: AuditFilters) =>
    router.replace(`${pathname}${auditFiltersToSearch(next)}`, { scroll: false });
  // The person's name as the log recorded it (the picker names whoever it picks).
  const personName = log.data?.pages[0]?.items.find((e) => e.actorId === filters.person)?.actorName ?? null;
  const filtered = Object.values(filters).some((v) => v !== null);
  return (
    <PageFrame
      title="Audit log"
      description="Every change of record: who did what, where, when and from which address. Entries can't be edited or deleted."
    >
      <AuditFilterBar filters={filters} personName={personName} onChange={setFilters} />
      {auditFiltersProblem(filters) ? (
        // The query waits for a range that makes sense; the filter bar says what is wrong.
        <EmptyState icon={CalendarX} title="No days in that range">
          Choose a start date on or before the end date.
        </EmptyState>
      ) : (
        <EventList
          query={log}
          label="Audit events"
          empty={
            filtered
              ? {
                  title: "Nothing matches",
                  body: "No events match these filters. Widen the dates or clear a filter.",
                  action: (
                    <Button variant="secondary" size="sm" onClick={() => setFilters(NO_AUDIT_FILTERS)}>
                      Clear filters
                    </Button>
                  ),
                }
              : {
                  title: "No events yet",
                  body: "Sign-ins, edits, comments and changes to people appear here.",
                }
          }
        />
      )}
    </PageFrame>
  );
}
