/**
 * Reading a brief's address. Sections open in place (the History API, see
 * features/briefs/hooks/use-section-switch.ts), so the router's segments still name the section
 * the page was first rendered for: what is on screen is read from the address bar instead.
 */

/** The brief's own pages beside its sections: the static routes under /briefs/[briefId]. */
export const BRIEF_PAGES: ReadonlySet<string> = new Set(["activity", "comments", "versions"]);

/** The first segment after `/briefs/{briefId}/` (a section key or a BRIEF_PAGES name), else null. */
export function briefSegmentOf(pathname: string, briefId: string): string | null {
  const prefix = `/briefs/${briefId}/`;
  if (!pathname.startsWith(prefix)) return null;
  const [segment] = pathname.slice(prefix.length).split("/");
  return segment ? safeDecode(segment) : null;
}

/** The key of the section `pathname` shows in this brief, or null when it is no section page. */
export function sectionKeyOf(pathname: string, briefId: string): string | null {
  const segment = briefSegmentOf(pathname, briefId);
  const rest = pathname.slice(`/briefs/${briefId}/`.length).split("/").filter(Boolean);
  return segment !== null && rest.length === 1 && !BRIEF_PAGES.has(segment) ? segment : null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Where a brief's link opens it: straight on its first section, so a click costs one page render
 * rather than `/briefs/{id}` rendering only to redirect. Viewers go through `/briefs/{id}`, which
 * sends them to the published version when there is one (app/(app)/briefs/[briefId]/page.tsx).
 */
export function briefEntryPath(brief: {
  id: string;
  myRole: string;
  firstSectionKey: string | null;
}): string {
  const base = `/briefs/${brief.id}`;
  return brief.myRole === "VIEWER" || !brief.firstSectionKey
    ? base
    : `${base}/${encodeURIComponent(brief.firstSectionKey)}`;
}
