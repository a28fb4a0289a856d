import { Prisma } from "@dossier/db";
import type { Actor } from "../actor.ts";
import { accessLevel, canEditBrief } from "./roles.ts";

/**
 * `accessLevel` (roles.ts) as SQL, for lists that read many briefs in one statement (the desk
 * dashboard, My work). `membershipAlias` is the actor's BriefMember row for the brief, LEFT JOINed
 * (`… LEFT JOIN "BriefMember" m ON m."briefId" = b.id AND m."userId" = <actor>`). Aliases are SQL
 * written by our code, never user input.
 */
export function visibleBriefSql(actor: Actor, membershipAlias: string): Prisma.Sql {
  // Admins read every brief; anyone else exactly the briefs they are a member of.
  if (actor.role === "ADMIN") return Prisma.sql`true`;
  return Prisma.sql`${Prisma.raw(membershipAlias)}.id IS NOT NULL`;
}

/** "I am a member of this brief who may edit it": an EDITOR membership the org role doesn't cap. */
export function editsAsMemberSql(actor: Actor, membershipAlias: string): Prisma.Sql {
  if (!canEditBrief(accessLevel(actor.role, "EDITOR"))) return Prisma.sql`false`;
  return Prisma.sql`${Prisma.raw(membershipAlias)}.role = 'EDITOR'`;
}

/** "I may review this brief": admins everywhere; members whose (capped) role reviews or edits. */
export function reviewsAsMemberSql(actor: Actor, membershipAlias: string): Prisma.Sql {
  if (actor.role === "ADMIN") return Prisma.sql`true`;
  if (actor.role === "VIEWER") return Prisma.sql`false`;
  return Prisma.sql`${Prisma.raw(membershipAlias)}.role IN ('EDITOR', 'REVIEWER')`;
}
