"use client";

import { Search } from "lucide-react";
import { Input } from "@/components/ui/input.tsx";
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
      <div className="relative min-w-56 flex-1">
        <Search
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-neutral-400"
        />
        <Input
          type="search"
          aria-label="Search people"
          placeholder="Search by name or email"
          value={filters.search}
          maxLength={100}
          onChange={(e) => onChange({ ...filters, search: e.target.value })}
          className="pl-8"
        />
      </div>
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
