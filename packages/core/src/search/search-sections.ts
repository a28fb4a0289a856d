import { Prisma, rawTable } from "@dossier/db";
import { SEARCH_CANDIDATE_LIMIT, type SectionResults } from "@dossier/schema";
import { inReadableBriefs, type ReadableBriefs } from "../access/readable-briefs.ts";
import type { DbClient } from "../actor.ts";
import { HEADLINE_MARKERS, HEADLINE_OPTIONS, matchedTerms, parseHeadline } from "./snippet.ts";

export type SearchPage = { limit: number; offset: number };

export type SectionRow = {
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
 * while planning, so it sees how common the words are.
 */
export const webQuery = (query: string) => Prisma.sql`websearch_to_tsquery('english', ${query})`;

/**
 * Full-text search over the current text of the sections the actor may read, best first. Run it
 * with sequential scans off (see listSearchResults): matches must come from the GIN index.
 *
 * Ranking reads each match's tsvector (a few kB, TOASTed): ranking every section that says
 * "government" (all 20,500 of them) takes a few hundred ms. So at most SEARCH_CANDIDATE_LIMIT
 * (500) matches are ranked — the most recently edited ones, found by the index and sorted by
 * date, which reads only the row, not the vector — and `capped` says there were more. For a
 * member, only their briefs' sections are read (see inReadableBriefs).
 *
 * ts_headline (slow: it re-parses the text) runs only for the page returned.
 * Sections without words are left out: only their titles could match, and the palette
 * (listJumpTargets) finds titles.
 */
export function querySections(db: DbClient, readable: ReadableBriefs, query: string, page: SearchPage) {
  const tsquery = webQuery(query);
  const Section = rawTable(db, "Section");
  const Brief = rawTable(db, "Brief");
  return db.$queryRaw<SectionRow[]>`
    WITH candidates AS MATERIALIZED (
      SELECT s.id, s."searchVector" AS vector, s."lastEditedAt"
      FROM ${Section} AS s
      WHERE s."searchVector" @@ ${tsquery} AND s."wordCount" > 0
        AND ${inReadableBriefs('s."briefId"', readable)}
      ORDER BY s."lastEditedAt" DESC NULLS LAST, s.id
      LIMIT ${SEARCH_CANDIDATE_LIMIT + 1}
    ),
    ranked AS (
      SELECT c.id, ts_rank(c.vector, ${tsquery}) AS rank, c."lastEditedAt"
      FROM candidates AS c
      ORDER BY rank DESC, c."lastEditedAt" DESC NULLS LAST, c.id
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
    ORDER BY r.rank DESC, r."lastEditedAt" DESC NULLS LAST, r.id`;
}

/** The rows of querySections as a page of hits. */
export function sectionResults(rows: SectionRow[], page: SearchPage): SectionResults {
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
