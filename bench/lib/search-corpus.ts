import { pg } from "./pg.ts";
import { COMMON_WORDS, COUNTRIES, MIDDLE_WORDS, RARE_WORDS, SET_PHRASES } from "./search-vocabulary.ts";

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export type SearchCorpusOptions = {
  briefs: number;
  /** Mean words per leaf section (±10%). */
  wordsPerLeaf: number;
  templateId: string;
  createdById: string;
  /** Users who are members of `briefsPerMember` briefs each, spread over the whole set. */
  memberIds: string[];
  briefsPerMember: number;
  /** Comment threads per brief, each with 2 comments (one in 8 of them deleted). */
  threadsPerBrief: number;
};

/**
 * Fills a migrated schema with `briefs` briefs of the default template in a handful of
 * INSERT … SELECT statements: the text is drawn in SQL from SEARCH_VOCABULARY with a skewed
 * distribution (index = n·random()^2.6, so early words are common and the tail is rare), and each
 * brief's country turns up in its own sections now and then. Sections carry their text the way
 * appendRevision leaves them; revisions are not written, as search never reads them. The
 * generated tsvector columns are computed by PostgreSQL on insert. Ends with VACUUM ANALYZE.
 */
export async function seedSearchCorpus(
  connectionString: string,
  schema: string,
  options: SearchCorpusOptions,
): Promise<{ sections: number; words: number; comments: number }> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`SET search_path TO ${quoteIdent(schema)}`);
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Brief" (id, country, title, status, "templateId", "createdById", "updatedAt", "lastEditedAt")
       SELECT 'sb' || g, c.country, c.country || ': Strategic U.S. Foreign Policy Analysis',
         'DRAFT', $2, $3, now(), now() - make_interval(mins => g)
       FROM generate_series(1, $1::int) AS g,
         LATERAL (SELECT ($4::text[])[1 + (g - 1) % cardinality($4::text[])]
           || CASE WHEN g > cardinality($4::text[]) THEN ' (' || (1 + (g - 1) / cardinality($4::text[])) || ')' ELSE '' END
           AS country) AS c`,
      [options.briefs, options.templateId, options.createdById, [...new Set(COUNTRIES)]],
    );
    // The word draw references the outer row (b.id, t.position), so it runs once per section.
    const sections = await client.query(
      `INSERT INTO "Section" (id, "briefId", key, title, "parentId", position, "isLeaf", guidance,
         text, "wordCount", "revisionCount", "lastEditedAt", "updatedAt")
       SELECT b.id || '_' || t.position, b.id, t.key, t.title,
         CASE WHEN p.position IS NOT NULL THEN b.id || '_' || p.position END,
         t.position, leaf.is_leaf, t.guidance,
         CASE WHEN leaf.is_leaf THEN words.text ELSE '' END,
         CASE WHEN leaf.is_leaf THEN words.n ELSE 0 END,
         CASE WHEN leaf.is_leaf THEN 1 ELSE 0 END,
         CASE WHEN leaf.is_leaf THEN now() - make_interval(secs => abs(hashtext(b.id || t.key)) % 2592000) END,
         now()
       FROM "Brief" b
       CROSS JOIN "TemplateSection" t
       LEFT JOIN "TemplateSection" p ON p."templateId" = t."templateId" AND p.key = t."parentKey"
       CROSS JOIN LATERAL (SELECT NOT EXISTS (SELECT 1 FROM "TemplateSection" c
         WHERE c."templateId" = t."templateId" AND c."parentKey" = t.key) AS is_leaf) leaf
       CROSS JOIN LATERAL (
         SELECT string_agg(CASE
             WHEN w.r < 0.004 THEN b.country
             WHEN w.r < 0.008 THEN ($3::text[])[1 + floor(cardinality($3::text[]) * w.r2)::int]
             WHEN w.r < 0.0095 THEN ($4::text[])[1 + floor(cardinality($4::text[]) * power(w.r2, 2))::int]
             WHEN w.r < 0.045 THEN ($5::text[])[1 + floor(cardinality($5::text[]) * power(w.r2, 1.6))::int]
             ELSE ($2::text[])[1 + floor(cardinality($2::text[]) * power(w.r2, 2))::int] END,
             CASE WHEN w.r > 0.93 THEN '. ' ELSE ' ' END) AS text,
           count(*)::int AS n
         FROM generate_series(1, $6::int * (90 + abs(hashtext(b.id || t.key)) % 21) / 100) AS g,
           LATERAL (SELECT random() + 0 * g AS r, random() AS r2) AS w
       ) words
       WHERE t."templateId" = $1`,
      [options.templateId, COMMON_WORDS, SET_PHRASES, RARE_WORDS, MIDDLE_WORDS, options.wordsPerLeaf],
    );
    await client.query(
      `INSERT INTO "BriefMember" (id, "briefId", "userId", role, "updatedAt")
       SELECT 'sm' || u.n || '_' || k, 'sb' || (1 + (u.n * 7 + k * ($3::int / $2::int)) % $3::int), u.id,
         'VIEWER', now()
       FROM unnest($1::text[]) WITH ORDINALITY AS u(id, n), generate_series(0, $2::int - 1) AS k`,
      [options.memberIds, options.briefsPerMember, options.briefs],
    );
    const comments = await seedComments(client, options);
    await client.query("COMMIT");
    // VACUUM as autovacuum would: it also merges the GIN indexes' pending lists (rows inserted
    // since the last merge, which every search reads through; 4 MB at most).
    for (const table of ["Brief", "Section", "BriefMember", "CommentThread", "Comment"])
      await client.query(`VACUUM ANALYZE ${quoteIdent(table)}`);
    const totals = await client.query<{ words: string }>(`SELECT sum("wordCount") AS words FROM "Section"`);
    return { sections: sections.rowCount ?? 0, words: Number(totals.rows[0]?.words ?? 0), comments };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Threads on leaf sections, each with an opening comment and a reply; some replies deleted. */
async function seedComments(client: InstanceType<typeof pg.Client>, options: SearchCorpusOptions) {
  await client.query(
    `INSERT INTO "CommentThread" (id, "briefId", "sectionId", "authorId", "updatedAt")
     SELECT s.id || '_t', s."briefId", s.id, $1, now()
     FROM "Section" s
     WHERE s."isLeaf" AND abs(hashtext(s.id)) % 41 < $2::int`,
    [options.createdById, options.threadsPerBrief],
  );
  const inserted = await client.query(
    `INSERT INTO "Comment" (id, "threadId", "authorId", body, "deletedAt", "updatedAt")
     SELECT t.id || '_c' || g, t.id, $1,
       CASE WHEN g = 2 AND hashtext(t.id) % 8 = 0 THEN '' ELSE words.text END,
       CASE WHEN g = 2 AND hashtext(t.id) % 8 = 0 THEN now() END, now()
     FROM "CommentThread" t CROSS JOIN generate_series(1, 2) AS g
     CROSS JOIN LATERAL (
       SELECT string_agg(($2::text[])[1 + floor(cardinality($2::text[]) * power(random(), 2.6))::int], ' ') AS text
       FROM generate_series(1, 25 + g + 0 * length(t.id))
     ) words`,
    [options.createdById, [...COMMON_WORDS, ...MIDDLE_WORDS, ...RARE_WORDS]],
  );
  return inserted.rowCount ?? 0;
}
