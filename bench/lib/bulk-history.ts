import { countWords, documentToPlainText } from "@dossier/editor";
import { type BenchDocument, HEADING } from "./content.ts";
import { pg } from "./pg.ts";

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Gives each section `perSection` revisions in three statements (INSERT … SELECT over
 * generate_series), far faster than saving them one by one. Every row holds the full document
 * with its heading numbered ("Outlook, draft 517"), chained through baseRevisionId like real
 * history; each section then points at its newest revision. Sections must have no revisions yet.
 * Ends with ANALYZE, as autovacuum would after such a load, so plans are the steady-state ones.
 */
export async function seedHistory(
  connectionString: string,
  schema: string,
  options: { sectionIds: string[]; perSection: number; authorId: string; doc: BenchDocument },
): Promise<number> {
  const { sectionIds, perSection, authorId, doc } = options;
  const plain = documentToPlainText(doc);
  const body = plain.slice(plain.indexOf(HEADING) + HEADING.length);
  const wordCount = countWords(plain);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`SET search_path TO ${quoteIdent(schema)}`);
    await client.query("BEGIN");
    const inserted = await client.query(
      `INSERT INTO "Revision" (id, "sectionId", number, content, text, "wordCount", "authorId",
         "baseRevisionId", message, kind, "wordsAdded", "wordsRemoved", "createdAt")
       SELECT s.id || '_r' || g, s.id, g,
         jsonb_set($3::jsonb, '{content,0,content,0,text}', to_jsonb('Outlook, draft ' || g)),
         'Outlook, draft ' || g || $4, $5, $6,
         CASE WHEN g > 1 THEN s.id || '_r' || (g - 1) END,
         CASE WHEN g % 25 = 0 THEN 'Checkpoint ' || g END,
         'EDIT', 3, 3,
         now() - make_interval(mins => $2::int - g)
       FROM unnest($1::text[]) AS s(id) CROSS JOIN generate_series(1, $2::int) AS g`,
      [sectionIds, perSection, JSON.stringify(doc), body, wordCount, authorId],
    );
    await client.query(
      `INSERT INTO "RevisionContributor" ("revisionId", "userId")
       SELECT id, $2 FROM "Revision" WHERE "sectionId" = ANY($1::text[])`,
      [sectionIds, authorId],
    );
    await client.query(
      `UPDATE "Section" SET "currentRevisionId" = id || '_r' || $2::int, "revisionCount" = $2::int, "wordCount" = $3,
         "lastEditedAt" = now(), "lastEditedById" = $4, "updatedAt" = now()
       WHERE id = ANY($1::text[])`,
      [sectionIds, perSection, wordCount, authorId],
    );
    await client.query("COMMIT");
    await client.query(`ANALYZE "Revision"`);
    await client.query(`ANALYZE "Section"`);
    return inserted.rowCount ?? 0;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
