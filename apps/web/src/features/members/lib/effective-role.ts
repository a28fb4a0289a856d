const rank: Record<string, number> = { VIEWER: 1, REVIEWER: 2, EDITOR: 3, ADMIN: 4 };

type RoleHolder = { orgRole: string; role: string };

/** What a member can really do: their brief role, capped by their role in the organisation. */
export function effectiveRole(member: RoleHolder): string {
  if (member.orgRole === "ADMIN") return "ADMIN";
  return (rank[member.role] ?? 0) <= (rank[member.orgRole] ?? 0) ? member.role : member.orgRole;
}

/** Who may own a section: members who can edit (the server checks the same). */
export const canOwnSections = (member: RoleHolder) => {
  const acts = effectiveRole(member);
  return acts === "EDITOR" || acts === "ADMIN";
};
