"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useModKey } from "@/hooks/use-mod-key.ts";
import { SearchBox } from "./search-box.tsx";

/** The top bar's search field; Enter opens the results page, Ctrl/Cmd+K the palette. */
export function HeaderSearch() {
  const mod = useModKey();
  const params = useSearchParams();
  // On the results page the field shows its query; elsewhere it starts empty.
  const q = usePathname() === "/search" ? (params.get("q") ?? "") : "";
  return (
    <SearchBox
      // A new results page (another query) starts the field from its query.
      key={q}
      defaultValue={q}
      shortcut={`${mod} K`}
      label="Search briefs"
      className="w-44 sm:w-64"
    />
  );
}
