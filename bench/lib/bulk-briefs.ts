import { pg } from "./pg.ts";

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Fills a schema the way years of use would, in a few INSERT … SELECT over generate_series (no
 * services: seconds, not hours): `briefs` briefs by `authorId` on the template of `likeBriefId`,
 * `sectionsPerBrief` leaf sections each, `revisionsPerSection` revisions per section (a short
 * document each, chained through baseRevisionId) with their contributor rows, every section
 * pointing at its newest revision. Ends with ANALYZE, as autovacuum would. Returns the revisions.
 */
export async function seedBriefs(
  connectionString: string,
  schema: string,
  options: {
    likeBriefId: string;
    authorId: string;
    briefs: number;
    sectionsPerBrief: number;
    revisionsPerSection: number;
  },
): Promise<number> {
  const { likeBriefId, authorId, briefs, sectionsPerBrief, revisionsPerSection } = options;
  const doc = (text: string) =>
    `jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', ${text})))))`;
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`SET search_path TO ${quoteIdent(schema)}`);
    await client.query("SET synchronous_commit TO off");
    await client.query(
      `INSERT INTO "Brief" (id, country, title, status, "templateId", "createdById", "updatedAt", "lastEditedAt")
       SELECT 'sb' || b, 'Scaleland ' || b, 'Brief ' || b, 'DRAFT', t."templateId", $2, now(),
         now() - make_interval(mins => b)
       FROM generate_series(1, $3::int) AS b, (SELECT "templateId" FROM "Brief" WHERE id = $1) AS t`,
      [likeBriefId, authorId, briefs],
    );
    await client.query(
      `INSERT INTO "Section" (id, "briefId", key, title, position, "isLeaf", "updatedAt")
       SELECT 'sb' || b || 's' || s, 'sb' || b, 'part-' || s, 'Part ' || s, s, true, now()
       FROM generate_series(1, $1::int) AS b, generate_series(1, $2::int) AS s`,
      [briefs, sectionsPerBrief],
    );
    const text = `'Paragraph ' || g || ' of section ' || s.id || ': the outlook is stable, the risks are moderate and the analysis continues.'`;
    const inserted = await client.query(
      `INSERT INTO "Revision" (id, "sectionId", number, content, text, "wordCount", "authorId",
         "baseRevisionId", kind, "wordsAdded", "wordsRemoved", "createdAt")
       SELECT s.id || 'r' || g, s.id, g, ${doc(text)}, ${text}, 19, $2,
         CASE WHEN g > 1 THEN s.id || 'r' || (g - 1) END, 'EDIT', 1, 1,
         now() - make_interval(mins => $1::int - g)
       FROM "Section" s CROSS JOIN generate_series(1, $1::int) AS g
       WHERE s.id LIKE 'sb%'`,
      [revisionsPerSection, authorId],
    );
    await client.query(
      `INSERT INTO "RevisionContributor" ("revisionId", "userId")
       SELECT id, $1 FROM "Revision" WHERE id LIKE 'sb%'`,
      [authorId],
    );
    await client.query(
      `UPDATE "Section" SET "currentRevisionId" = id || 'r' || $1::int, "revisionCount" = $1::int,
         "wordCount" = 19, "lastEditedAt" = now(), "lastEditedById" = $2
       WHERE id LIKE 'sb%'`,
      [revisionsPerSection, authorId],
    );
    for (const table of ["Brief", "Section", "Revision", "RevisionContributor"])
      await client.query(`ANALYZE ${quoteIdent(table)}`);
    return inserted.rowCount ?? 0;
  } finally {
    await client.end();
  }
}
