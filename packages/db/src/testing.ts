import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { withSchema } from "./database-url.ts";
import { dropSchema } from "./drop-schema.ts";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "./embedded.ts";
import { createPrismaClient, type Db } from "./index.ts";
import { migrate } from "./migrate.ts";

/**
 * A fresh database for one integration test file: a new, uniquely named schema with every
 * migration applied, in the database at DATABASE_URL — or, when that is unset, in an embedded
 * PGlite started in a temporary directory (stopped again when its last test database is dropped).
 */
export type TestDatabase = {
  /** DATABASE_URL with `?schema=<the fresh schema>`. */
  url: string;
  /** The schema's name. */
  schema: string;
  prisma: Db;
  /** Disconnects `prisma` and drops the schema with everything in it. */
  drop(): Promise<void>;
};

export async function createTestDatabase(): Promise<TestDatabase> {
  const usesEmbedded = !process.env.DATABASE_URL;
  const baseUrl = process.env.DATABASE_URL || (await acquireEmbedded());
  const schema = `test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const url = withSchema(baseUrl, schema);
  try {
    await migrate(url);
  } catch (error) {
    await dropSchema(url).catch(() => {});
    if (usesEmbedded) await releaseEmbedded();
    throw error;
  }
  const prisma = createPrismaClient(url, { poolSize: 4 });

  let dropped = false;
  return {
    url,
    schema,
    prisma,
    async drop() {
      if (dropped) return;
      dropped = true;
      await prisma.$disconnect();
      await dropSchema(url);
      if (usesEmbedded) await releaseEmbedded();
    },
  };
}

// One embedded server per process, shared by the test databases that are alive at the same time.
let embedded: { server: Promise<EmbeddedPostgres>; dataDir: string; users: number } | undefined;

async function acquireEmbedded(): Promise<string> {
  if (!embedded) {
    const dataDir = mkdtempSync(path.join(tmpdir(), "dossier-pglite-"));
    embedded = { server: startEmbeddedPostgres({ dataDir }), dataDir, users: 0 };
  }
  const current = embedded;
  current.users += 1;
  try {
    return (await current.server).url;
  } catch (error) {
    // Forget a server that failed to start, so the next test file tries again.
    if (embedded === current) embedded = undefined;
    rmSync(current.dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function releaseEmbedded(): Promise<void> {
  if (!embedded) return;
  embedded.users -= 1;
  if (embedded.users > 0) return;
  const { server, dataDir } = embedded;
  embedded = undefined;
  await (await server).stop();
  rmSync(dataDir, { recursive: true, force: true });
}
