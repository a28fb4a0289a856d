"use client";

import { Search } from "lucide-react";
import { type FormEvent, useState } from "react";
import { useNavigate } from "@/hooks/use-navigate.ts";
import { cn } from "@/lib/utils.ts";
import { searchPageHref } from "../lib/search-links.ts";

/**
 * A search field that opens the results page on Enter. `defaultValue` for the results page's own
 * field; the header's is compact, with the palette's shortcut beside it.
 */
export function SearchBox({
  defaultValue = "",
  label = "Search briefs",
  size = "sm",
  shortcut,
  className,
}: {
  defaultValue?: string;
  label?: string;
  size?: "sm" | "lg";
  shortcut?: string;
  className?: string;
}) {
  const navigate = useNavigate();
  const [value, setValue] = useState(defaultValue);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) navigate(searchPageHref(value));
  };
  return (
    <search className={cn("relative block", className)}>
      <form onSubmit={onSubmit}>
        <Search
          aria-hidden
          className={cn(
            "pointer-events-none absolute top-1/2 -translate-y-1/2 text-neutral-400",
            size === "sm" ? "left-2.5 size-3.5" : "left-3 size-4",
          )}
        />
        <input
          type="search"
          aria-label={label}
          placeholder={size === "sm" ? "Search…" : "Search sections and comments"}
          value={value}
          maxLength={200}
          onChange={(e) => setValue(e.target.value)}
          className={cn(
            "w-full rounded-md border border-neutral-200 bg-white text-neutral-900 transition-colors placeholder:text-neutral-400",
            "focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/15 focus-visible:outline-none",
            "[&::-webkit-search-cancel-button]:hidden",
            size === "sm"
              ? "h-8 pr-14 pl-8 text-[13px] bg-neutral-50 focus-visible:bg-white"
              : "h-10 pr-3 pl-9 text-sm shadow-xs",
          )}
        />
        {shortcut ? (
          <kbd
            aria-hidden
            className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-neutral-200 bg-white px-1 font-sans text-[10px] text-neutral-400"
          >
            {shortcut}
          </kbd>
        ) : null}
      </form>
    </search>
  );
}
