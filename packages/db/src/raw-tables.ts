import { quoteIdent } from "./database-url.ts";
import { Prisma } from "./generated/prisma/client.ts";

// Symbol.for, not Symbol(): a bundle that holds two copies of this module (the web build can
// inline @dossier/db once for the app and once under @dossier/core) must still find the schema the
// other copy recorded — else raw SQL silently reads the `public` schema.
const SCHEMA = Symbol.for("dossier.schema");

/** Records the Postgres schema a client was made for (createPrismaClient calls this). */
export function rememberSchema(client: object, schema: string | undefined): void {
  Object.defineProperty(client, SCHEMA, { value: schema, enumerable: false });
}

/**
 * A table's name for raw SQL (`$queryRaw`), qualified with the client's schema: `"test_x"."Section"`.
 * Prisma qualifies its own queries with the adapter's `schema` (from `?schema=` in the URL), but
 * raw SQL resolves names through the connection's search_path, which is `public` — and the
 * embedded database ignores a per-connection search_path (one session for every connection).
 * Interactive transactions see the property too: Prisma's transaction client proxies the client.
 */
export function rawTable(db: object, model: Prisma.ModelName): Prisma.Sql {
  const schema = (db as unknown as Record<symbol, string | undefined>)[SCHEMA];
  const name = schema ? `${quoteIdent(schema)}.${quoteIdent(model)}` : quoteIdent(model);
  return Prisma.raw(name);
}
