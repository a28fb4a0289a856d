"use client";

import { SearchInput } from "@/components/ui/search-input.tsx";
import { Select } from "@/components/ui/select.tsx";
import { roleLabel } from "@/lib/labels.ts";
import { ORG_ROLES } from "../lib/roles.ts";
import type { UserFilters } from "../queries.ts";

/** Search by name or email; narrow by role and status. */
export function UserFilterBar({
  filters,
  onChange,
}: {
  filters: UserFilters;
  onChange: (next: UserFilters) => void;
}) {
  return (
    <search className="mb-4 flex flex-wrap items-center gap-2">
      <SearchInput
        aria-label="Search people"
        placeholder="Search by name or email"
        value={filters.search}
        onChange={(e) => onChange({ ...filters, search: e.target.value })}
        className="min-w-56 flex-1"
      />
      <Select
        aria-label="Role"
        value={filters.role ?? ""}
        onChange={(e) => onChange({ ...filters, role: (e.target.value || null) as UserFilters["role"] })}
      >
        <option value="">All roles</option>
        {ORG_ROLES.map((r) => (
          <option key={r} value={r}>
            {roleLabel[r]}
          </option>
        ))}
      </Select>
      <Select
        aria-label="Status"
        value={filters.status ?? ""}
        onChange={(e) => onChange({ ...filters, status: (e.target.value || null) as UserFilters["status"] })}
      >
        <option value="">Any status</option>
        <option value="ACTIVE">Active</option>
        <option value="DEACTIVATED">Deactivated</option>
      </Select>
    </search>
  );
}
