"use client";

import { usePathname } from "next/navigation";
import { briefSegmentOf, sectionKeyOf } from "@/lib/brief-path.ts";

/**
 * Which of the brief's pages is open ("versions", a section key…), from the address bar: Next keeps
 * usePathname in step with the History API, while its layout segment stays on the section the page
 * was rendered for once a section has been opened in place.
 */
export function useBriefSegment(briefId: string): string | null {
  return briefSegmentOf(usePathname(), briefId);
}

/** The section the address bar shows, or null when this is not one of the brief's section pages. */
export function useSectionKeyInPath(briefId: string): string | null {
  return sectionKeyOf(usePathname(), briefId);
}
