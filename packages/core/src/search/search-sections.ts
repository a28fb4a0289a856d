import { Prisma, rawTable } from "@dossier/db";
import { SEARCH_CANDIDATE_LIMIT, type SectionResults } from "@dossier/schema";
import { readableBriefsJoin } from "../access/readable-briefs.ts";
import type { Actor, DbClient } from "../actor.ts";
import { HEADLINE_MARKERS, HEADLINE_OPTIONS, matchedTerms, parseHeadline } from "./snippet.ts";

export type SearchPage = { limit: number; offset: number };

type SectionRow = {
  total: number;
  sectionId: string | null;
  sectionKey: string;
  sectionTitle: string;
  briefId: string;
  briefTitle: string;
  country: string;
  lastEditedAt: Date;
  headline: string;
};

/**
 * The parsed query, inline in every statement (not a CTE): PostgreSQL folds it to a constant
 * while planning, so it sees how common the words are and picks the plan to match.
 */
export const webQuery = (query: string) => Prisma.sql`websearch_to_tsquery('english', ${query})`;

/**
 * Full-text search over the current text of the sections the actor may read, best first.
 *
 * Ranking reads each match's tsvector (a few kB, TOASTed), ~10 µs a row: ranking every section
 * that says "government" would take 200 ms. So at most SEARCH_CANDIDATE_LIMIT (500) matches are
 * ranked — the most recently edited ones — and `capped` says when there were more. For rare
 * words PostgreSQL finds the matches through the GIN index and sorts them by date; for common
 * ones it walks Section_lastEditedAt_idx newest first and stops after 500 matches. A member's
 * search starts from their briefs' sections (the membership join) and never touches the rest.
 *
 * ts_headline (slow: it re-parses the text) runs only for the page returned.
 * Sections never saved (no text) are left out: only their titles could match, and the palette
 * (listJumpTargets) finds titles.
 */
export async function searchSections(
  db: DbClient,
  actor: Actor,
  query: string,
  page: SearchPage,
): Promise<SectionResults> {
  const tsquery = webQuery(query);
  const Section = rawTable(db, "Section");
  const Brief = rawTable(db, "Brief");
  const rows = await db.$queryRaw<SectionRow[]>`
    WITH candidates AS MATERIALIZED (
      SELECT s.id, s."searchVector" AS vector, s."lastEditedAt"
      FROM ${Section} AS s ${readableBriefsJoin(db, actor, 's."briefId"')}
      WHERE s."searchVector" @@ ${tsquery} AND s."lastEditedAt" IS NOT NULL
      ORDER BY s."lastEditedAt" DESC
      LIMIT ${SEARCH_CANDIDATE_LIMIT + 1}
    ),
    ranked AS (
      SELECT c.id, ts_rank(c.vector, ${tsquery}) AS rank, c."lastEditedAt"
      FROM candidates AS c
      ORDER BY rank DESC, c."lastEditedAt" DESC, c.id
      LIMIT ${page.limit} OFFSET ${page.offset}
    )
    SELECT counted.total, r.id AS "sectionId", s.key AS "sectionKey", s.title AS "sectionTitle",
      s."briefId", b.title AS "briefTitle", b.country, s."lastEditedAt",
      ts_headline('english', left(translate(s.text, ${HEADLINE_MARKERS}, '   '), 250000),
        ${tsquery}, ${HEADLINE_OPTIONS}) AS headline
    FROM (SELECT count(*)::int AS total FROM candidates) AS counted
    LEFT JOIN (ranked AS r
      JOIN ${Section} AS s ON s.id = r.id
      JOIN ${Brief} AS b ON b.id = s."briefId") ON true
    ORDER BY r.rank DESC, r."lastEditedAt" DESC, r.id`;

  const matched = rows[0]?.total ?? 0;
  const items = rows.flatMap(({ total: _total, sectionId, headline, ...row }) => {
    if (!sectionId) return [];
    const snippet = parseHeadline(headline);
    return [{ ...row, sectionId, snippet, terms: matchedTerms(snippet) }];
  });
  return pageOf(items, Math.min(matched, SEARCH_CANDIDATE_LIMIT), matched > SEARCH_CANDIDATE_LIMIT, page);
}

/** A group's page of results, saying whether more follow. */
export function pageOf<T>(items: T[], total: number, capped: boolean, page: SearchPage) {
  return { items, total, capped, hasMore: page.offset + items.length < total };
}
