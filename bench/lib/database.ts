import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createPrismaClient,
  type Db,
  dropSchema,
  migrate,
  parseDatabaseUrl,
  startEmbeddedPostgres,
  withSchema,
} from "@dossier/db";
import { BenchSetupError } from "./errors.ts";
import { onCleanup } from "./lifecycle.ts";
import { note } from "./log.ts";
import { pg } from "./pg.ts";

export const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** Opens and closes one connection, failing after `timeoutMs`. */
async function canConnect(url: string, timeoutMs = 3_000): Promise<boolean> {
  const { connectionString } = parseDatabaseUrl(url);
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * DATABASE_URL, or the local default when it is unset and a server answers there. Any `?schema=`
 * on the URL is replaced: every bench works in a fresh schema of its own.
 */
export async function resolveDatabaseUrl(): Promise<string> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    if (!(await canConnect(fromEnv)))
      throw new BenchSetupError("Cannot connect to the PostgreSQL server at DATABASE_URL.");
    return fromEnv;
  }
  if (await canConnect(DEFAULT_DATABASE_URL)) return DEFAULT_DATABASE_URL;
  throw new BenchSetupError(
    `DATABASE_URL is not set and no PostgreSQL answers at ${DEFAULT_DATABASE_URL}. ` +
      "Start PostgreSQL there (user postgres, trust auth) or set DATABASE_URL=postgresql://user:pass@host:port/db.",
  );
}

export type BenchDatabase = {
  /** The database URL with `?schema=<this bench's schema>` (on the embedded database, without). */
  url: string;
  schema: string;
  db: Db;
  /** Disconnects and drops the schema, or stops the embedded database (also run on exit and on Ctrl-C). */
  drop(): Promise<void>;
};

/**
 * A bench database's `drop`: disconnects the bench's client (if made), then `release`s the
 * database — once, whether called by the bench or at exit or Ctrl-C (registered as a cleanup).
 */
function onceAtCleanup(client: () => Db | undefined, release: () => Promise<void>): () => Promise<void> {
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await client()
      ?.$disconnect()
      .catch(() => {});
    await release();
  };
  onCleanup(drop);
  return drop;
}

/** A fresh, migrated schema `bench_<name>_<timestamp>`, dropped again when the bench ends. */
export async function createBenchDatabase(
  name: string,
  options: { poolSize?: number } = {},
): Promise<BenchDatabase> {
  const baseUrl = await resolveDatabaseUrl();
  const schema = `bench_${name}_${Date.now()}_${randomBytes(2).toString("hex")}`;
  const url = withSchema(baseUrl, schema);
  let db: Db | undefined;
  const drop = onceAtCleanup(
    () => db,
    async () => {
      await dropSchema(url);
      note(`dropped schema ${schema}`);
    },
  );
  await migrate(url);
  db = createPrismaClient(url, { poolSize: options.poolSize ?? 10 });
  note(`schema ${schema} migrated`);
  return { url, schema, db, drop };
}

/**
 * The embedded database as `npm start` runs it (PGlite behind pglite-server, see scripts/serve.ts):
 * started in a fresh directory under the system's temp dir, migrated, its `public` schema used as
 * the app uses it there. `drop` stops it and removes the directory (also on exit and on Ctrl-C).
 * `db` has one connection, as the app there: pglite-server runs every connection in one session.
 */
export async function createEmbeddedBenchDatabase(name: string): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), `dossier-bench-${name}-`));
  const server = startEmbeddedPostgres({ dataDir });
  let db: Db | undefined;
  const drop = onceAtCleanup(
    () => db,
    async () => {
      await (await server.catch(() => undefined))?.stop();
      rmSync(dataDir, { recursive: true, force: true });
      note(`stopped the embedded database, removed ${dataDir}`);
    },
  );
  const started = performance.now();
  const { url } = await server;
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  note(`embedded database on ${url} started in ${seconds()} s (data in ${dataDir})`);
  await migrate(url);
  db = createPrismaClient(url, { poolSize: 1 });
  note(`embedded database migrated, ${seconds()} s after its start`);
  return { url, schema: "public", db, drop };
}
