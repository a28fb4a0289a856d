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
  const briefs = useBriefs();
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
        <FilterField label="Brief">
          {(id) => (
            <Select
              id={id}
              size="sm"
              value={filters.brief ?? ""}
              onChange={(e) => set({ brief: e.target.value || null })}
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
        <FilterField label="Action">
          {(id) => (
            <Select
              id={id}
              size="sm"
              value={filters.action ?? ""}
              onChange={(e) => set({ action: (e.target.value || null) as AuditFilters["action"] })}
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
        <FilterField label="From">
          {(id) => (
            <Input
              id={id}
              type="date"
              value={filters.from ?? ""}
              max={filters.to ?? undefined}
              onChange={(e) => set({ from: e.target.value || null })}
              aria-invalid={problem ? true : undefined}
              className="h-8 w-36"
            />
          )}
        </FilterField>
        <FilterField label="To">
          {(id) => (
            <Input
              id={id}
              type="date"
              value={filters.to ?? ""}
              min={filters.from ?? undefined}
              onChange={(e) => set({ to: e.target.value || null })}
              className="h-8 w-36"
            />
          )}
        </FilterField>
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
