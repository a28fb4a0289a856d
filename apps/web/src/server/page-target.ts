import type { PageTarget } from "@dossier/core";

/** Segments under /briefs/[briefId] that are pages of their own, not section keys. */
const BRIEF_PAGES = new Set(["comments", "versions"]);

/**
 * What an app URL points at, for the not-found check in src/proxy.ts; null for pages that name
 * nothing in the database (the dashboard, sign-in…). Mirrors src/app/(app)/briefs/[briefId]/**.
 */
export function pageTargetOf(pathname: string): PageTarget | null {
  const parts = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== "briefs" || parts[1] === undefined) return null;
  const [, briefId, second, third] = parts;
  if (second === undefined || (BRIEF_PAGES.has(second) && third === undefined)) return { briefId };
  if (second === "versions" && third !== undefined && third !== "compare")
    return { briefId, versionId: third };
  if (second === "versions" || second === "comments") return { briefId };
  return { briefId, sectionKey: second };
}
