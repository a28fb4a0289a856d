/**
 * The yardstick for the save bench: a minimal Node `http` + `pg` server doing the same write as
 * appendRevision, with nothing around it — no Next, no tRPC, no session, no Prisma, no schema
 * validation of the document. POST /save takes JSON { sectionId, baseRevisionId, userId, content }
 * and answers { id, number, wordCount } (409 when the base is stale). The app's transaction
 * (saveSection): read the section with the actor's membership and current text → one statement
 * that claims, inserts "Revision" + "RevisionContributor" + "AuditEvent", moves "Section" and
 * touches "Brief" (at most once a minute) and answers whether the section has pinned threads →
 * read those threads if it has.
 *
 * Env, as for the app: DATABASE_URL (its ?schema= becomes the search_path), DATABASE_POOL_SIZE, PORT.
 * Run by bench/save.ts; listens on 127.0.0.1 only.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { parseDatabaseUrl } from "@dossier/db";
import { pg } from "./lib/pg.ts";

type SaveRequest = { sectionId: string; baseRevisionId: string | null; userId: string; content: unknown };
type JsonNode = { type?: unknown; text?: unknown; content?: unknown };

const { connectionString, schema = "public" } = parseDatabaseUrl(process.env.DATABASE_URL ?? "");
const pool = new pg.Pool({
  connectionString,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  options: `-c search_path="${schema.replaceAll('"', '""')}"`,
});

const isSaveRequest = (value: unknown): value is SaveRequest => {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.sectionId === "string" &&
    typeof v.userId === "string" &&
    (typeof v.baseRevisionId === "string" || v.baseRevisionId === null) &&
    typeof v.content === "object"
  );
};

/** Plain text: text nodes joined inside a block, blocks separated by a blank line. */
function plainText(node: JsonNode): string {
  if (typeof node.text === "string") return node.text;
  const children = Array.isArray(node.content) ? (node.content as JsonNode[]) : [];
  const inline = children.every((child) => child.type === "text");
  return children
    .map(plainText)
    .filter((part) => part !== "")
    .join(inline ? "" : "\n\n");
}

const countWords = (text: string) => text.match(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

// As appendRevision: the brief's lastEditedAt moves at most once a minute.
const BRIEF_TOUCH_MS = 60_000;

async function save(input: SaveRequest): Promise<{ id: string; number: number; wordCount: number } | null> {
  const text = plainText(input.content as JsonNode);
  const wordCount = countWords(text);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // assertCanEditSectionWithCurrent: the section, the actor's membership, the current text.
    const { rows: found } = await client.query<{
      briefId: string;
      role: string | null;
      current: string | null;
    }>(
      `SELECT s."briefId", s."ownerId", s."isLeaf", m.role, r.id AS current, r.text
       FROM "Section" s
       LEFT JOIN "BriefMember" m ON m."briefId" = s."briefId" AND m."userId" = $2
       LEFT JOIN "Revision" r ON r.id = s."currentRevisionId"
       WHERE s.id = $1`,
      [input.sectionId, input.userId],
    );
    const section = found[0];
    if (!section || section.current !== input.baseRevisionId) {
      await client.query("ROLLBACK");
      return null;
    }
    // appendRevision: claim, insert, move, touch the brief, record the audit event — one statement.
    const id = randomUUID();
    const now = new Date();
    const { rows } = await client.query<{ number: number; anchored: boolean }>(
      `WITH claim AS (
         UPDATE "Section" SET "revisionCount" = "revisionCount" + 1, "currentRevisionId" = $3,
           text = $5, "wordCount" = $6, "lastEditedAt" = $7, "lastEditedById" = $4, "updatedAt" = $7,
           status = CASE WHEN status = 'APPROVED' THEN 'DRAFT' ELSE status END
         WHERE id = $1 AND "currentRevisionId" IS NOT DISTINCT FROM $2
         RETURNING "revisionCount"
       ), revision AS (
         INSERT INTO "Revision" (id, "sectionId", number, content, text, "wordCount", "authorId",
           "baseRevisionId", kind, "createdAt")
         SELECT $3, $1, claim."revisionCount", $8::jsonb, $5, $6, $4, $2, 'EDIT', $7 FROM claim
         RETURNING id, number
       ), contributors AS (
         INSERT INTO "RevisionContributor" ("revisionId", "userId") SELECT revision.id, $4 FROM revision
       ), brief AS (
         UPDATE "Brief" SET "lastEditedAt" = $7, "updatedAt" = $7
         WHERE id = $9 AND "lastEditedAt" < $10 AND EXISTS (SELECT 1 FROM claim)
       ), audit AS (
         INSERT INTO "AuditEvent" (id, "createdAt", "actorId", "actorName", action, "briefId", "sectionId",
           "targetId", data)
         SELECT $11, $7, $4, 'bench', 'section.save', $9, $1, revision.id,
           jsonb_build_object('number', revision.number, 'kind', 'EDIT', 'words', $6::int)
         FROM revision
       )
       SELECT number, EXISTS (
         SELECT 1 FROM "CommentThread" t WHERE t."sectionId" = $1 AND t.anchor IS NOT NULL
       ) AS anchored FROM revision`,
      [
        input.sectionId,
        input.baseRevisionId,
        id,
        input.userId,
        text,
        wordCount,
        now,
        JSON.stringify(input.content),
        section.briefId,
        new Date(now.getTime() - BRIEF_TOUCH_MS),
        randomUUID(),
      ],
    );
    const claimed = rows[0];
    if (!claimed) {
      await client.query("ROLLBACK");
      return null;
    }
    // reanchorThreads, when the statement found pinned threads (none here, as in the app's bench).
    if (claimed.anchored) {
      await client.query(
        `SELECT id, anchor FROM "CommentThread" WHERE "sectionId" = $1 AND anchor IS NOT NULL`,
        [input.sectionId],
      );
    }
    await client.query("COMMIT");
    return { id, number: claimed.number, wordCount };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

const reply = (res: http.ServerResponse, status: number, body: unknown) => {
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
  res.end(json);
};

const server = http.createServer((req, res) => {
  if (req.method === "GET" && req.url === "/health") return reply(res, 200, { ok: true });
  if (req.method !== "POST" || req.url !== "/save") return reply(res, 404, { error: "NOT_FOUND" });
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    let input: unknown;
    try {
      input = JSON.parse(Buffer.concat(chunks).toString());
    } catch {
      return reply(res, 400, { error: "BAD_REQUEST" });
    }
    if (!isSaveRequest(input)) return reply(res, 400, { error: "BAD_REQUEST" });
    save(input).then(
      (saved) => (saved ? reply(res, 200, saved) : reply(res, 409, { error: "CONFLICT" })),
      (error: unknown) => {
        console.error(error);
        reply(res, 500, { error: "INTERNAL_SERVER_ERROR" });
      },
    );
  });
});

server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  const address = server.address();
  console.log(`baseline listening on ${typeof address === "object" && address ? address.port : "?"}`);
});

const shutdown = () => {
  server.close();
  server.closeAllConnections();
  void pool.end().finally(() => process.exit(0));
};
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
