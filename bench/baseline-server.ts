/**
 * The yardstick for the save bench: a minimal Node `http` + `pg` server doing the same write as
 * appendRevision, with nothing around it — no Next, no tRPC, no session, no Prisma, no schema
 * validation of the document. POST /save takes JSON { sectionId, baseRevisionId, userId, content }
 * and answers { id, number, wordCount } (409 when the base is stale). One transaction:
 * conditional UPDATE claim on "Section" → read revisionCount → INSERT "Revision" +
 * "RevisionContributor" → UPDATE "Section" → UPDATE "Brief".
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

async function save(input: SaveRequest): Promise<{ id: string; number: number; wordCount: number } | null> {
  const text = plainText(input.content as JsonNode);
  const wordCount = countWords(text);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const claim = await client.query(
      `UPDATE "Section" SET "revisionCount" = "revisionCount" + 1
       WHERE id = $1 AND "currentRevisionId" IS NOT DISTINCT FROM $2`,
      [input.sectionId, input.baseRevisionId],
    );
    if (claim.rowCount === 0) {
      await client.query("ROLLBACK");
      return null;
    }
    const { rows } = await client.query<{ revisionCount: number; status: string; briefId: string }>(
      `SELECT "revisionCount", status, "briefId" FROM "Section" WHERE id = $1`,
      [input.sectionId],
    );
    const section = rows[0];
    if (!section) throw new Error("section vanished");
    const id = randomUUID();
    const now = new Date();
    await client.query(
      `INSERT INTO "Revision" (id, "sectionId", number, content, text, "wordCount", "authorId",
         "baseRevisionId", kind, "createdAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'EDIT', $9)`,
      [
        id,
        input.sectionId,
        section.revisionCount,
        JSON.stringify(input.content),
        text,
        wordCount,
        input.userId,
        input.baseRevisionId,
        now,
      ],
    );
    await client.query(`INSERT INTO "RevisionContributor" ("revisionId", "userId") VALUES ($1, $2)`, [
      id,
      input.userId,
    ]);
    await client.query(
      `UPDATE "Section" SET "currentRevisionId" = $2, "wordCount" = $3, "lastEditedAt" = $4,
         "lastEditedById" = $5, "updatedAt" = $4,
         status = CASE WHEN status = 'APPROVED' THEN 'DRAFT'::"SectionStatus" ELSE status END
       WHERE id = $1`,
      [input.sectionId, id, wordCount, now, input.userId],
    );
    await client.query(`UPDATE "Brief" SET "lastEditedAt" = $2, "updatedAt" = $2 WHERE id = $1`, [
      section.briefId,
      now,
    ]);
    await client.query("COMMIT");
    return { id, number: section.revisionCount, wordCount };
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
