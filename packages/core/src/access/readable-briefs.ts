import { Prisma, rawTable } from "@dossier/db";
import type { Actor, DbClient } from "../actor.ts";

/**
 * "Briefs this actor may read" for raw SQL that lists rows across briefs (search): a JOIN that
 * keeps only rows whose `briefIdColumn` is such a brief. It is `accessLevel` (roles.ts) in SQL:
 * admins read every brief; anyone else reads exactly the briefs they are a member of, whatever the
 * membership's role — the org-role cap only lowers what a member may *do*, never hides a brief.
 * An inner join on the one membership row (unique per brief and user) can't duplicate rows, and
 * lets PostgreSQL start from the member's few briefs.
 *
 * `briefIdColumn` is SQL text written by our code (e.g. `s."briefId"`), never user input.
 */
export function readableBriefsJoin(db: DbClient, actor: Actor, briefIdColumn: string): Prisma.Sql {
  if (actor.role === "ADMIN") return Prisma.empty;
  return Prisma.sql`JOIN ${rawTable(db, "BriefMember")} AS readable
    ON readable."briefId" = ${Prisma.raw(briefIdColumn)} AND readable."userId" = ${actor.id}`;
}
