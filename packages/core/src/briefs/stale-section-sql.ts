import { Prisma, rawTable } from "@dossier/db";
import type { DbClient } from "../actor.ts";

/**
 * The dashboard's definition of a stale section, as one SQL condition (kept here, alone, so it can
 * be unified with review/freshness.ts later). `s` is a Section row, `t` its TemplateSection
 * (LEFT JOINed on the brief's template and the section's key).
 *
 * A leaf is stale when its template section has a policy (`staleAfterDays`) and the moment its
 * text was last vouched for is older than that many days. That moment is its last approval
 * (`reviewedAt`); a section never approved has been unreviewed since its first revision (falling
 * back to its last edit where no revision row exists). Empty sections (never written) and
 * not-applicable ones are never stale: there is nothing to check.
 */
export function staleSectionSql(db: DbClient, s: string, t: string, now: Date): Prisma.Sql {
  const Revision = rawTable(db, "Revision");
  const S = Prisma.raw(s);
  const T = Prisma.raw(t);
  return Prisma.sql`(${S}."isLeaf" AND ${S}."revisionCount" > 0 AND ${S}.status <> 'NOT_APPLICABLE'
    AND ${T}."staleAfterDays" IS NOT NULL
    AND COALESCE(${S}."reviewedAt",
      (SELECT r."createdAt" FROM ${Revision} AS r WHERE r."sectionId" = ${S}.id AND r.number = 1),
      ${S}."lastEditedAt") < ${now}::timestamp - make_interval(days => ${T}."staleAfterDays"))`;
}
