"use client";

import { ListFilter, X } from "lucide-react";

/** The outline's "filter by title" field: narrows as you type, Esc (or ×) clears it. */
export function OutlineFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <div className="relative px-2 pt-3">
      <ListFilter
        aria-hidden
        className="pointer-events-none absolute top-1/2 left-4.5 mt-1.5 size-3.5 -translate-y-1/2 text-neutral-400"
      />
      <input
        type="text"
        aria-label="Filter sections"
        placeholder="Filter sections"
        value={value}
        maxLength={100}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape" && value) {
            e.preventDefault();
            onChange("");
          }
        }}
        className="h-7 w-full rounded-md border border-transparent bg-neutral-200/40 pr-7 pl-7 text-xs text-neutral-800 transition-colors placeholder:text-neutral-400 hover:bg-neutral-200/60 focus-visible:border-neutral-300 focus-visible:bg-white focus-visible:outline-none"
      />
      {value ? (
        <button
          type="button"
          aria-label="Clear filter"
          onClick={() => onChange("")}
          className="absolute top-1/2 right-3.5 mt-1.5 grid size-5 -translate-y-1/2 place-items-center rounded text-neutral-400 hover:text-neutral-700"
        >
          <X aria-hidden className="size-3" />
        </button>
      ) : null}
    </div>
  );
}
