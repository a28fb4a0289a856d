import { loadActor, type PageTarget, pageTargetExists } from "@dossier/core";
import { db } from "./db.ts";

/** Segments under /briefs/[briefId] that are pages of their own, not section keys. */
const BRIEF_PAGES = new Set(["comments", "versions", "activity"]);

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
  if (BRIEF_PAGES.has(second)) return { briefId };
  return { briefId, sectionKey: second };
}

/**
 * False when the page names a brief, section or version this signed-in user can't see (src/proxy.ts
 * then answers 404). Signed-out visitors and pages naming nothing pass: they are handled elsewhere.
 */
export async function pageTargetVisible(pathname: string, userId: string | undefined): Promise<boolean> {
  const target = pageTargetOf(pathname);
  if (!target || !userId) return true;
  const actor = await loadActor(db, userId);
  return !actor || pageTargetExists(db, actor, target);
}
