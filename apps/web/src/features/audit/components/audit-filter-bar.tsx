"use client";

import { X } from "lucide-react";
import { type ReactNode, useId } from "react";
import { Button } from "@/components/ui/button.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Select } from "@/components/ui/select.tsx";
import { useBriefs } from "@/features/briefs/index.ts";
import { PersonPicker } from "@/features/people/index.ts";
import { actionGroups } from "../lib/action-labels.ts";
import { type AuditFilters, auditFiltersProblem, NO_AUDIT_FILTERS } from "../lib/audit-filters.ts";

const GROUPS = actionGroups();

/** Person, brief, action and a range of days; "Clear" when any is set. */
export function AuditFilterBar({
  filters,
  personName,
  onChange,
}: {
  filters: AuditFilters;
  personName: string | null;
  onChange: (next: AuditFilters) => void;
}) {
  const problem = auditFiltersProblem(filters);
  const set = (patch: Partial<AuditFilters>) => onChange({ ...filters, ...patch });
  const any = Object.values(filters).some((v) => v !== null);
  return (
    <fieldset className="mb-6 border-b border-neutral-200 pb-4">
      <legend className="sr-only">Filter the audit log</legend>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
        <PersonPicker
          label="Person"
          value={filters.person ? { id: filters.person, name: personName ?? "Chosen person" } : null}
          onChange={(person) => set({ person: person?.id ?? null })}
        />
        <BriefFilter value={filters.brief} onChange={(brief) => set({ brief })} />
        <ActionFilter value={filters.action} onChange={(action) => set({ action })} />
        <DayFilter
          label="From"
          value={filters.from}
          max={filters.to}
          invalid={problem !== null}
          onChange={(from) => set({ from })}
        />
        <DayFilter label="To" value={filters.to} min={filters.from} onChange={(to) => set({ to })} />
        {any ? (
          <Button variant="ghost" size="sm" className="mb-0.5" onClick={() => onChange(NO_AUDIT_FILTERS)}>
            <X aria-hidden />
            Clear filters
          </Button>
        ) : null}
      </div>
      {problem ? (
        <p role="alert" className="mt-2 text-xs text-danger">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Any brief (admins see them all), or one. */
function BriefFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (brief: string | null) => void;
}) {
  const briefs = useBriefs();
  return (
    <FilterField label="Brief">
      {(id) => (
        <Select
          id={id}
          size="sm"
          value={value ?? ""}
          onChange={(e) => onChange(e.target.value || null)}
          className="w-44"
        >
          <option value="">All briefs</option>
          {(briefs.data ?? []).map((b) => (
            <option key={b.id} value={b.id}>
              {b.country}
            </option>
          ))}
        </Select>
      )}
    </FilterField>
  );
}

/** Any action, or one, grouped by what it is about. */
function ActionFilter({
  value,
  onChange,
}: {
  value: AuditFilters["action"];
  onChange: (action: AuditFilters["action"]) => void;
}) {
  return (
    <FilterField label="Action">
      {(id) => (
        <Select
          id={id}
          size="sm"
          value={value ?? ""}
          onChange={(e) => onChange((e.target.value || null) as AuditFilters["action"])}
          className="w-52"
        >
          <option value="">All actions</option>
          {GROUPS.map(({ group, actions }) => (
            <optgroup key={group} label={group}>
              {actions.map((a) => (
                <option key={a.value} value={a.value}>
                  {a.label}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      )}
    </FilterField>
  );
}

/** One end of the range of days ("YYYY-MM-DD", the browser's date picker). */
function DayFilter({
  label,
  value,
  min,
  max,
  invalid = false,
  onChange,
}: {
  label: string;
  value: string | null;
  min?: string | null;
  max?: string | null;
  invalid?: boolean;
  onChange: (day: string | null) => void;
}) {
  return (
    <FilterField label={label}>
      {(id) => (
        <Input
          id={id}
          type="date"
          value={value ?? ""}
          min={min ?? undefined}
          max={max ?? undefined}
          onChange={(e) => onChange(e.target.value || null)}
          aria-invalid={invalid ? true : undefined}
          className="h-8 w-36"
        />
      )}
    </FilterField>
  );
}

function FilterField({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-neutral-500">
        {label}
      </label>
      {children(id)}
    </div>
  );
}
