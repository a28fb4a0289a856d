import { Prisma, rawTable } from "@dossier/db";
import type { DbClient } from "../actor.ts";
import { staleSectionSql } from "../briefs/stale-section-sql.ts";

/*
 * Freshness: each template section carries a policy, `TemplateSection.staleAfterDays` (null: never
 * stale). A leaf section is STALE at `now` when its policy is set, it has content, it is not marked
 * not applicable, and the moment its text was last vouched for is older than that many days: its
 * last approval (`Section.reviewedAt`), or for a section never approved, its last edit. The SQL
 * form of the rule is `staleSectionSql` (briefs/stale-section-sql.ts), which the dashboard uses
 * directly; everything here goes through it too, so the outline and the dashboard always agree.
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
  /** The last edit (null: still empty). */
  lastEditedAt: Date | null;
};

const DAY_MS = 86_400_000;

/** The rule itself, on values: see the file's comment. */
export function isStale(section: FreshnessFacts, staleAfterDays: number | null, now: Date): boolean {
  if (staleAfterDays === null || !section.isLeaf || section.status === "NOT_APPLICABLE") return false;
  const limit = now.getTime() - staleAfterDays * DAY_MS;
  const vouched = section.reviewedAt ?? section.lastEditedAt;
  return vouched !== null && vouched.getTime() < limit; // null: nothing written, nothing to vouch for
}

/**
 * A SQL boolean that is true when the Section row aliased `alias` (default `s`) is stale at `now`.
 * Self-contained (it finds the section's policy itself through indexed lookups), so a
 * caller only adds it to a WHERE or a `count(*) FILTER (WHERE …)`:
 *
 *   SELECT s."briefId", count(*) FILTER (WHERE ${staleSectionsWhere(db, now)}) AS stale
 *   FROM ${rawTable(db, "Section")} AS s GROUP BY s."briefId"
 */
export function staleSectionsWhere(db: DbClient, now: Date, alias = "s"): Prisma.Sql {
  const s = Prisma.raw(alias);
  const TemplateSection = rawTable(db, "TemplateSection");
  const Brief = rawTable(db, "Brief");
  return Prisma.sql`EXISTS (
    SELECT 1 FROM ${TemplateSection} AS fts JOIN ${Brief} AS fb ON fb."templateId" = fts."templateId"
    WHERE fb.id = ${s}."briefId" AND fts.key = ${s}.key AND ${staleSectionSql(alias, "fts", now)})`;
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
