"use client";

import { BRIEF_LIST_STATUSES, type BriefListStatus } from "@dossier/schema";
import { useEffect, useRef, useState } from "react";
import { SearchInput } from "@/components/ui/search-input.tsx";
import { Select } from "@/components/ui/select.tsx";
import { useDebounced } from "@/hooks/use-debounced.ts";
import { cn } from "@/lib/utils.ts";
import type { DashboardFilters } from "../lib/dashboard-filters.ts";
import { briefListStatus } from "../lib/dashboard-labels.ts";

/** Search by country or title; narrow by status, to my briefs, or take archived ones in. */
export function DashboardFilterBar({
  filters,
  onChange,
}: {
  filters: DashboardFilters;
  onChange: (next: DashboardFilters) => void;
}) {
  return (
    <search className="mb-4 flex flex-wrap items-center gap-2">
      <SearchBox value={filters.search} onChange={(search) => onChange({ ...filters, search })} />
      <Select
        aria-label="Status"
        value={filters.status ?? ""}
        onChange={(e) => onChange({ ...filters, status: (e.target.value || null) as BriefListStatus | null })}
      >
        <option value="">Any status</option>
        {BRIEF_LIST_STATUSES.map((s) => (
          <option key={s} value={s}>
            {briefListStatus[s].label}
          </option>
        ))}
      </Select>
      <Toggle
        pressed={filters.mine}
        onChange={(mine) => onChange({ ...filters, mine })}
        title="Briefs where you own a section or are an editor"
      >
        Mine
      </Toggle>
      <label className="flex h-9 items-center gap-2 px-1 text-sm text-neutral-600 select-none">
        <input
          type="checkbox"
          className="size-4 rounded border-neutral-300 accent-accent"
          checked={filters.archived || filters.status === "ARCHIVED"}
          disabled={filters.status === "ARCHIVED"}
          onChange={(e) => onChange({ ...filters, archived: e.target.checked })}
        />
        Show archived
      </label>
    </search>
  );
}

/** Typing is local; the URL (and the query) follows once typing pauses. */
function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const [text, setText] = useState(value);
  const settled = useDebounced(text);
  // What the URL last said, so a change from elsewhere (back button, "Clear filters") shows in the
  // box while the URL catching up with our own typing never overwrites newer keystrokes.
  const known = useRef(value);
  useEffect(() => {
    if (value === known.current) return;
    known.current = value;
    setText(value);
  }, [value]);
  // Only a settled change of the text writes the URL.
  useEffect(() => {
    if (settled === known.current) return;
    known.current = settled;
    onChange(settled);
  }, [settled]);
  return (
    <SearchInput
      aria-label="Filter briefs"
      placeholder="Search by country or title"
      value={text}
      onChange={(e) => setText(e.target.value)}
      className="min-w-56 flex-1"
    />
  );
}

/** A button that stays pressed (aria-pressed), for on/off filters. */
function Toggle({
  pressed,
  onChange,
  title,
  children,
}: {
  pressed: boolean;
  onChange: (pressed: boolean) => void;
  title: string;
  children: string;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      title={title}
      onClick={() => onChange(!pressed)}
      className={cn(
        "h-9 rounded-md border px-3 text-sm shadow-xs transition-colors focus-visible:ring-3 focus-visible:ring-accent/15 focus-visible:outline-none",
        pressed
          ? "border-accent/40 bg-accent-soft text-accent"
          : "border-neutral-200 bg-white text-neutral-700 hover:bg-neutral-50",
      )}
    >
      {children}
    </button>
  );
}
