import type { OrgRoleName } from "@dossier/schema";

export const ORG_ROLES = ["ADMIN", "EDITOR", "REVIEWER", "VIEWER"] as const satisfies readonly OrgRoleName[];

/** What each organisation role may do, in a few words (the invite form and the role picker say it). */
export const ORG_ROLE_HELP: Record<OrgRoleName, string> = {
  ADMIN: "manages people and can open every brief",
  EDITOR: "creates briefs and writes the sections shared with them",
  REVIEWER: "reads, comments and approves the briefs shared with them",
  VIEWER: "reads the briefs shared with them",
};

const rank: Record<OrgRoleName, number> = { VIEWER: 0, REVIEWER: 1, EDITOR: 2, ADMIN: 3 };

/** Whether moving from `from` to `to` takes rights away (a demotion asks first when it is you). */
export const isDemotion = (from: OrgRoleName, to: OrgRoleName) => rank[to] < rank[from];
