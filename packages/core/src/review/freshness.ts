import { Prisma, rawTable } from "@dossier/db";
import type { DbClient } from "../actor.ts";

/*
 * Freshness: each template section carries a policy, `TemplateSection.staleAfterDays` (null: never
 * stale). A leaf section is STALE at `now` when its policy is set, it is not marked not applicable,
 * and either
 *   - it was approved (`Section.reviewedAt`, the last approval) more than that many days ago, or
 *   - it was never approved, has content, and its first revision is older than that many days.
 * A section's policy is found by its template key: Section.key = TemplateSection.key within the
 * brief's template (unique index TemplateSection(templateId, key)).
 *
 * Three entry points share one definition:
 *   - `isStale(...)`: the rule on plain values (unit-tested, used where the row is already loaded);
 *   - `staleSectionsWhere(db, now, alias)`: a SQL boolean over a Section row aliased `alias`, for
 *     queries that count or filter (the desk dashboard's "stale sections" column);
 *   - `staleCounts(db, briefIds, now)` / `staleSectionIds(db, briefId, now)`: ready-made queries.
 */

export type FreshnessFacts = {
  isLeaf: boolean;
  status: string;
  reviewedAt: Date | null;
  approvedRevisionId: string | null;
  /** When the section got its first revision (null: still empty). */
  firstRevisionAt: Date | null;
};

const DAY_MS = 86_400_000;

/** The rule itself, on values: see the file's comment. */
export function isStale(section: FreshnessFacts, staleAfterDays: number | null, now: Date): boolean {
  if (staleAfterDays === null || !section.isLeaf || section.status === "NOT_APPLICABLE") return false;
  const limit = now.getTime() - staleAfterDays * DAY_MS;
  if (section.reviewedAt) return section.reviewedAt.getTime() < limit;
  if (section.approvedRevisionId) return false; // approved, time unknown: don't guess
  return section.firstRevisionAt !== null && section.firstRevisionAt.getTime() < limit;
}

/**
 * A SQL boolean that is true when the Section row aliased `alias` (default `s`) is stale at `now`.
 * Self-contained (it finds the policy and first revision itself through indexed lookups), so a
 * caller only adds it to a WHERE or a `count(*) FILTER (WHERE …)`:
 *
 *   SELECT s."briefId", count(*) FILTER (WHERE ${staleSectionsWhere(db, now)}) AS stale
 *   FROM ${rawTable(db, "Section")} AS s GROUP BY s."briefId"
 */
export function staleSectionsWhere(db: DbClient, now: Date, alias = "s"): Prisma.Sql {
  const s = Prisma.raw(alias);
  const TemplateSection = rawTable(db, "TemplateSection");
  const Brief = rawTable(db, "Brief");
  const Revision = rawTable(db, "Revision");
  // Columns are UTC `timestamp`s (Prisma's DateTime): compare with now in UTC, whatever the
  // server's or the session's time zone.
  const cutoffBase = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  return Prisma.sql`(${s}."isLeaf" AND ${s}.status <> 'NOT_APPLICABLE' AND EXISTS (
    SELECT 1 FROM ${TemplateSection} AS fts JOIN ${Brief} AS fb ON fb."templateId" = fts."templateId"
    WHERE fb.id = ${s}."briefId" AND fts.key = ${s}.key AND fts."staleAfterDays" IS NOT NULL
      AND CASE
        WHEN ${s}."reviewedAt" IS NOT NULL
          THEN ${s}."reviewedAt" < ${cutoffBase} - make_interval(days => fts."staleAfterDays")
        WHEN ${s}."approvedRevisionId" IS NOT NULL THEN false
        ELSE EXISTS (SELECT 1 FROM ${Revision} AS fr WHERE fr."sectionId" = ${s}.id AND fr.number = 1
          AND fr."createdAt" < ${cutoffBase} - make_interval(days => fts."staleAfterDays"))
      END))`;
}

/** How many stale sections each brief has at `now` (briefs with none are absent from the map). */
export async function staleCounts(
  db: DbClient,
  briefIds: readonly string[],
  now: Date,
): Promise<Map<string, number>> {
  if (briefIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ briefId: string; stale: number }[]>`
    SELECT s."briefId", count(*)::int AS stale
    FROM ${rawTable(db, "Section")} AS s
    WHERE s."briefId" IN (${Prisma.join(briefIds)}) AND ${staleSectionsWhere(db, now)}
    GROUP BY s."briefId"`;
  return new Map(rows.map((r) => [r.briefId, r.stale]));
}

/** The ids of one brief's stale sections at `now`, for the outline's clock icons. */
export async function staleSectionIds(db: DbClient, briefId: string, now: Date): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM ${rawTable(db, "Section")} AS s
    WHERE s."briefId" = ${briefId} AND ${staleSectionsWhere(db, now)}`;
  return new Set(rows.map((r) => r.id));
}
