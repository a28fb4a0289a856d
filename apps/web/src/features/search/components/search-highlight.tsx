"use client";

import { useSearchParams } from "next/navigation";
import { useOpenEditor } from "@/features/editor/index.ts";
import { useSearchHighlight } from "../hooks/use-search-highlight.ts";
import { highlightTerms } from "../lib/search-links.ts";

/**
 * On a section opened from a search hit (`?highlight=wagner group`), the matched words are
 * marked in its editor and the first one scrolled into view. Renders nothing.
 */
export function SearchHighlight({ sectionId }: { sectionId: string }) {
  const terms = highlightTerms(useSearchParams().get("highlight"));
  const open = useOpenEditor(sectionId);
  useSearchHighlight(open?.editor ?? null, terms);
  return null;
}
