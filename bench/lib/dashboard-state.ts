import { pg } from "./pg.ts";

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Gives a seeded corpus (seedSearchCorpus) the review and freshness state the desk dashboard
 * counts, in a few set-based statements: a freshness policy on a third of the template sections,
 * a first revision per written leaf, section statuses (a quarter approved — some long ago — a tenth
 * in review, a few not applicable), owners on half the leaves, the last editor, an empty leaf in
 * eight, and some briefs in review, published or archived.
 */
export async function seedReviewState(
  connectionString: string,
  schema: string,
  options: { templateId: string; editorIds: string[] },
): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`SET search_path TO ${quoteIdent(schema)}`);
    await client.query("BEGIN");
    await client.query(
      `UPDATE "TemplateSection" SET "staleAfterDays" = (ARRAY[7, 30, 365])[1 + position % 3]
       WHERE "templateId" = $1 AND position % 3 = 0`,
      [options.templateId],
    );
    // One leaf in eight was never written.
    await client.query(
      `UPDATE "Section" SET text = '', "wordCount" = 0, "revisionCount" = 0, "lastEditedAt" = NULL
       WHERE "isLeaf" AND abs(hashtext(id)) % 8 = 0`,
    );
    await client.query(
      `INSERT INTO "Revision" (id, "sectionId", number, content, text, "wordCount", "authorId", "createdAt")
       SELECT s.id || '_r1', s.id, 1, '{"type":"doc","content":[]}', '', s."wordCount",
         ($1::text[])[1 + abs(hashtext(s.id)) % cardinality($1::text[])],
         s."lastEditedAt" - make_interval(days => abs(hashtext(s.id || 'r')) % 400)
       FROM "Section" s WHERE s."isLeaf" AND s."revisionCount" > 0`,
      [options.editorIds],
    );
    await client.query(
      `UPDATE "Section" s SET
         "currentRevisionId" = s.id || '_r1',
         "lastEditedById" = ($1::text[])[1 + abs(hashtext(s.id)) % cardinality($1::text[])],
         "ownerId" = CASE WHEN abs(hashtext(s.id || 'o')) % 2 = 0
           THEN ($1::text[])[1 + abs(hashtext(s.id || 'o')) % cardinality($1::text[])] END,
         status = (CASE WHEN h.v < 25 THEN 'APPROVED' WHEN h.v < 35 THEN 'IN_REVIEW'
           WHEN h.v < 38 THEN 'NOT_APPLICABLE' ELSE 'DRAFT' END)::"SectionStatus",
         "reviewedAt" = CASE WHEN h.v < 25 THEN now() - make_interval(days => h.v * 9) END
       FROM (SELECT id, abs(hashtext(id || 's')) % 100 AS v FROM "Section") AS h
       WHERE h.id = s.id AND s."isLeaf" AND s."revisionCount" > 0`,
      [options.editorIds],
    );
    await client.query(
      `UPDATE "Brief" SET
         status = (CASE abs(hashtext(id)) % 5 WHEN 0 THEN 'IN_REVIEW' WHEN 1 THEN 'PUBLISHED' ELSE 'DRAFT' END)::"BriefStatus",
         "archivedAt" = CASE WHEN abs(hashtext(id || 'a')) % 20 = 0 THEN now() END`,
    );
    await client.query("COMMIT");
    for (const table of ["Brief", "Section", "Revision", "TemplateSection"])
      await client.query(`VACUUM ANALYZE ${quoteIdent(table)}`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
