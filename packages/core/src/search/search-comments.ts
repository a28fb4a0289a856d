import { rawTable } from "@dossier/db";
import { type CommentResults, SEARCH_CANDIDATE_LIMIT } from "@dossier/schema";
import { inReadableBriefs, type ReadableBriefs } from "../access/readable-briefs.ts";
import type { DbClient } from "../actor.ts";
import { pageOf, type SearchPage, webQuery } from "./search-sections.ts";
import { HEADLINE_MARKERS, HEADLINE_OPTIONS, matchedTerms, parseHeadline } from "./snippet.ts";

export type CommentRow = {
  total: number;
  matched: number;
  threadId: string | null;
  commentId: string;
  threadStatus: "OPEN" | "RESOLVED";
  authorName: string;
  createdAt: Date;
  sectionId: string;
  sectionKey: string;
  sectionTitle: string;
  briefId: string;
  briefTitle: string;
  country: string;
  headline: string;
};

/**
 * Full-text search over the comments (not deleted ones) of the briefs the actor may read: one hit
 * per thread, its best-matching comment, best threads first. Like sections (querySections), at
 * most the 500 most recent matching comments are ranked.
 */
export function queryComments(db: DbClient, readable: ReadableBriefs, query: string, page: SearchPage) {
  const tsquery = webQuery(query);
  const Comment = rawTable(db, "Comment");
  const CommentThread = rawTable(db, "CommentThread");
  const Section = rawTable(db, "Section");
  const Brief = rawTable(db, "Brief");
  const User = rawTable(db, "User");
  return db.$queryRaw<CommentRow[]>`
    WITH candidates AS MATERIALIZED (
      SELECT c.id, c."threadId", c."searchVector" AS vector, c."createdAt"
      FROM ${Comment} AS c
      JOIN ${CommentThread} AS t ON t.id = c."threadId"
      WHERE c."searchVector" @@ ${tsquery} AND c."deletedAt" IS NULL
        AND ${inReadableBriefs('t."briefId"', readable)}
      ORDER BY c."createdAt" DESC, c.id
      LIMIT ${SEARCH_CANDIDATE_LIMIT + 1}
    ),
    best AS (
      SELECT DISTINCT ON (c."threadId") c.id, c."threadId", ts_rank(c.vector, ${tsquery}) AS rank,
        c."createdAt"
      FROM candidates AS c
      ORDER BY c."threadId", rank DESC, c."createdAt" DESC
    ),
    ranked AS (
      SELECT * FROM best ORDER BY rank DESC, "createdAt" DESC, id
      LIMIT ${page.limit} OFFSET ${page.offset}
    )
    SELECT counted.total, counted.matched, r."threadId", r.id AS "commentId", t.status AS "threadStatus",
      u.name AS "authorName", c."createdAt", s.id AS "sectionId", s.key AS "sectionKey",
      s.title AS "sectionTitle", b.id AS "briefId", b.title AS "briefTitle", b.country,
      ts_headline('english', translate(c.body, ${HEADLINE_MARKERS}, '   '), ${tsquery},
        ${HEADLINE_OPTIONS}) AS headline
    FROM (SELECT (SELECT count(*)::int FROM best) AS total,
      (SELECT count(*)::int FROM candidates) AS matched) AS counted
    LEFT JOIN (ranked AS r
      JOIN ${Comment} AS c ON c.id = r.id
      JOIN ${User} AS u ON u.id = c."authorId"
      JOIN ${CommentThread} AS t ON t.id = r."threadId"
      JOIN ${Section} AS s ON s.id = t."sectionId"
      JOIN ${Brief} AS b ON b.id = t."briefId") ON true
    ORDER BY r.rank DESC, r."createdAt" DESC, r.id`;
}

/** The rows of queryComments as a page of hits. */
export function commentResults(rows: CommentRow[], page: SearchPage): CommentResults {
  const { total = 0, matched = 0 } = rows[0] ?? {};
  const items = rows.flatMap(({ total: _total, matched: _matched, threadId, headline, ...row }) => {
    if (!threadId) return [];
    const snippet = parseHeadline(headline);
    return [{ ...row, threadId, snippet, terms: matchedTerms(snippet) }];
  });
  // `total` counts threads among the ranked comments; `capped`: more comments matched than that.
  return pageOf(items, total, matched > SEARCH_CANDIDATE_LIMIT, page);
}
