import { Prisma } from "@dossier/db";

/**
 * The dashboard's definition of a stale section, as one SQL condition (kept here, alone, so it can
 * be unified with review/freshness.ts later). `s` is a Section row, `t` its TemplateSection
 * (LEFT JOINed on the brief's template and the section's key); `now` is the clock (tests fix it).
 *
 * A leaf is stale when its template section has a policy (`staleAfterDays`) and the moment its
 * text was last vouched for is older than that many days: its last approval (`reviewedAt`), or,
 * for a section never approved, its last edit. (Not its first revision's time: that needs a
 * Revision lookup per section, which made sorting 500 briefs by staleness several times slower;
 * a section still being written shows as unapproved anyway.) Empty sections (never written) and
 * not-applicable ones are never stale: there is nothing to check.
 */
export function staleSectionSql(s: string, t: string, now: Date): Prisma.Sql {
  const S = Prisma.raw(s);
  const T = Prisma.raw(t);
  return Prisma.sql`(${S}."isLeaf" AND ${S}."revisionCount" > 0 AND ${S}.status <> 'NOT_APPLICABLE'
    AND ${T}."staleAfterDays" IS NOT NULL
    AND COALESCE(${S}."reviewedAt", ${S}."lastEditedAt")
      < ${now.toISOString()}::timestamp - make_interval(days => ${T}."staleAfterDays"))`;
}
