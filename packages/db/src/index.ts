import { PrismaPg } from "@prisma/adapter-pg";
import { parseDatabaseUrl } from "./database-url.ts";
import { PrismaClient } from "./generated/prisma/client.ts";

// Everything Prisma generated: PrismaClient, the Prisma namespace, enums (OrgRole…), model types.
export * from "./generated/prisma/client.ts";
export { parseDatabaseUrl, withSchema } from "./database-url.ts";

/** Default pool size. PGlite's socket server is started with 10 connections; Postgres defaults to 100. */
const DEFAULT_POOL_SIZE = 10;

export type CreatePrismaClientOptions = {
  /** Pool size; else `?connection_limit=` in the URL; else DATABASE_POOL_SIZE; else 10. */
  poolSize?: number;
};

/**
 * A Prisma client over node-postgres. `?schema=NAME` in the URL selects the Postgres schema (Prisma
 * qualifies every table with it), so tests can each use their own schema in one database.
 *
 * `passwordHash` is omitted from every User result unless asked for explicitly with
 * `omit: { passwordHash: false }` — only sign-in and password changes should ever see it.
 */
export function createPrismaClient(databaseUrl: string, options: CreatePrismaClientOptions = {}) {
  const { connectionString, schema, connectionLimit } = parseDatabaseUrl(databaseUrl);
  const max = options.poolSize ?? connectionLimit ?? poolSizeFromEnv() ?? DEFAULT_POOL_SIZE;
  const adapter = new PrismaPg({ connectionString, max }, { schema });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

/**
 * The client type the app uses. Not assignable to the bare `PrismaClient` type: Prisma's client
 * type is invariant in its `omit` setting, so code that receives this client should take `Db`.
 */
export type Db = ReturnType<typeof createPrismaClient>;
/** What `db.$transaction(async (tx) => …)` hands to its callback. */
export type DbTx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

function poolSizeFromEnv(): number | undefined {
  const raw = process.env.DATABASE_POOL_SIZE;
  if (!raw) return undefined;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) throw new Error(`DATABASE_POOL_SIZE=${raw}: expected a positive integer`);
  return size;
}

// Cached on globalThis, not in a module variable: Next's dev server re-evaluates modules on every
// hot reload, and each fresh client would open another pool until Postgres runs out of connections.
const globalCache = globalThis as typeof globalThis & { __dossierPrisma?: Db };

/** The process-wide client over DATABASE_URL, created on first use. */
export function getPrisma(): Db {
  if (!globalCache.__dossierPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (e.g. postgresql://postgres@127.0.0.1:5432/postgres)");
    globalCache.__dossierPrisma = createPrismaClient(url);
  }
  return globalCache.__dossierPrisma;
}
