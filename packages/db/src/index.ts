import { PrismaPg } from "@prisma/adapter-pg";
import type { ITXClientDenyList, UnwrapTuple } from "@prisma/client/runtime/client";
import { parseDatabaseUrl } from "./database-url.ts";
import { PrismaClient as GeneratedPrismaClient, type Prisma } from "./generated/prisma/client.ts";
import { rememberSchema } from "./raw-tables.ts";

export { parseDatabaseUrl, withSchema } from "./database-url.ts";
export { dropSchema } from "./drop-schema.ts";
export { type EmbeddedPostgres, type EmbeddedPostgresOptions, startEmbeddedPostgres } from "./embedded.ts";
// Everything Prisma generated: the Prisma namespace, enums (OrgRole…), model types, and the
// PrismaClient class — whose *type* is replaced below.
export * from "./generated/prisma/client.ts";
export { type MigrateOptions, type MigrateResult, migrate } from "./migrate.ts";
export { rawEnum, rawTable } from "./raw-tables.ts";

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
export function createPrismaClient(databaseUrl: string, options: CreatePrismaClientOptions = {}): Db {
  const { connectionString, schema, connectionLimit } = parseDatabaseUrl(databaseUrl);
  const max = options.poolSize ?? connectionLimit ?? poolSizeFromEnv() ?? DEFAULT_POOL_SIZE;
  const client = configure(new PrismaPg({ connectionString, max }, { schema }));
  rememberSchema(client, schema);
  return client;
}

function configure(adapter: PrismaPg) {
  return new GeneratedPrismaClient({
    adapter,
    omit: { user: { passwordHash: true } },
    // Generous waits: on the embedded database (one connection, see scripts/serve.ts) a
    // transaction may queue behind others for a moment; that is slow, not an error.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}

type ConfiguredClient = ReturnType<typeof configure>;
type TxOptions = Parameters<ConfiguredClient["$transaction"]>[1];

/**
 * The client or an open interactive transaction: the type for code that works inside or outside
 * one. Use it instead of `Prisma.TransactionClient`, which is typed without our `omit`.
 */
export type DbClient = Omit<Db, ITXClientDenyList>;

/**
 * The client as `createPrismaClient` configures it. Prisma's own typing gives an interactive
 * transaction's `tx` the *default* client type (passwordHash included) although at run time the
 * transaction inherits the client's `omit` (the integration test checks); this type says so.
 */
export type Db = Omit<ConfiguredClient, "$transaction"> & {
  $transaction<P extends Prisma.PrismaPromise<unknown>[]>(
    arg: [...P],
    options?: TxOptions,
  ): Promise<UnwrapTuple<P>>;
  $transaction<R>(fn: (tx: DbClient) => Promise<R>, options?: TxOptions): Promise<R>;
};

/**
 * `PrismaClient` as a type means `Db` here, not Prisma's default client type: Prisma's client type
 * is invariant in its `omit` setting, so the configured client is not assignable to the bare
 * `PrismaClient` and every `db: PrismaClient` parameter would reject it. The value is still
 * Prisma's class; build clients with `createPrismaClient`, which adds the adapter and the omit.
 */
export type PrismaClient = Db;
export const PrismaClient = GeneratedPrismaClient;

function poolSizeFromEnv(): number | undefined {
  const raw = process.env.DATABASE_POOL_SIZE;
  if (!raw) return undefined;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`DATABASE_POOL_SIZE=${raw}: expected a positive integer`);
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
export { listenForNotifications, type NotificationListener, notifyChannelFor } from "./notify.ts";
