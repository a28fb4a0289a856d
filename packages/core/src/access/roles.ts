import type { BriefRole, OrgRole } from "@dossier/db";

/** What a person may do in one brief, after combining their org role and their membership. */
export type BriefAccessLevel = "ADMIN" | BriefRole;

const rank: Record<BriefRole, number> = { VIEWER: 1, REVIEWER: 2, EDITOR: 3 };

/** The highest brief role each org role may hold: a reviewer invited "as editor" still can't edit. */
const ceiling: Record<Exclude<OrgRole, "ADMIN">, BriefRole> = {
  EDITOR: "EDITOR",
  REVIEWER: "REVIEWER",
  VIEWER: "VIEWER",
};

/**
 * Admins see and do everything. Everyone else gets their brief membership, capped by their org
 * role; no membership means no access at all (the brief is invisible to them).
 */
export function accessLevel(orgRole: OrgRole, membership: BriefRole | null): BriefAccessLevel | null {
  if (orgRole === "ADMIN") return "ADMIN";
  if (!membership) return null;
  const cap = ceiling[orgRole];
  return rank[membership] <= rank[cap] ? membership : cap;
}

export const canEditBrief = (level: BriefAccessLevel | null) => level === "ADMIN" || level === "EDITOR";
export const canReviewBrief = (level: BriefAccessLevel | null) =>
  level === "ADMIN" || level === "EDITOR" || level === "REVIEWER";

/**
 * Sections belong to their owner: an editor may edit sections they own and unowned ones
 * (so a fresh brief is editable by its team); admins may edit anything.
 */
export function canEditSection(
  level: BriefAccessLevel | null,
  actorId: string,
  section: { ownerId: string | null },
): boolean {
  if (level === "ADMIN") return true;
  if (level !== "EDITOR") return false;
  return section.ownerId === null || section.ownerId === actorId;
}

export const canCreateBrief = (orgRole: OrgRole) => orgRole === "ADMIN" || orgRole === "EDITOR";
