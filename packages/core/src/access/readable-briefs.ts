import { Prisma } from "@dossier/db";
import type { Actor, DbClient } from "../actor.ts";

/** The briefs an actor may read: every brief, or these ids. */
export type ReadableBriefs = "all" | string[];

/**
 * For queries across briefs (search): `accessLevel` (roles.ts) for many briefs at once. Admins
 * read every brief; anyone else reads exactly the briefs they are a member of, whatever the
 * membership's role — the org-role cap only lowers what a member may *do*, never hides a brief.
 */
export async function readableBriefs(db: DbClient, actor: Actor): Promise<ReadableBriefs> {
  if (actor.role === "ADMIN") return "all";
  const memberships = await db.briefMember.findMany({
    where: { userId: actor.id },
    select: { briefId: true },
  });
  return memberships.map((m) => m.briefId);
}

/**
 * The SQL condition "`briefIdColumn` is a readable brief". The ids go in as one array parameter,
 * known while planning: PostgreSQL sees that a member's ten briefs are 540 sections and combines
 * that index with the full-text one. (A join on BriefMember instead re-ran the full-text index
 * scan once per brief.) `briefIdColumn` is SQL written by our code, never user input.
 */
export function inReadableBriefs(briefIdColumn: string, readable: ReadableBriefs): Prisma.Sql {
  if (readable === "all") return Prisma.sql`true`;
  return Prisma.sql`${Prisma.raw(briefIdColumn)} = ANY(${readable}::text[])`;
}
