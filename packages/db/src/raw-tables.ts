import { quoteIdent } from "./database-url.ts";
import { type $Enums, Prisma } from "./generated/prisma/client.ts";

// Symbol.for, not Symbol(): Next.js bundles this module into several server chunks, and the
// copy that names the tables must see the mark the client's copy left (a plain Symbol() would be
// a different key in each copy, and raw SQL would silently fall back to the `public` schema).
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

/** An enum type's name for casts in raw SQL (`${value}::${rawEnum(tx, "RevisionKind")}`), qualified like rawTable. */
export function rawEnum(db: object, name: keyof typeof $Enums): Prisma.Sql {
  const schema = (db as unknown as Record<symbol, string | undefined>)[SCHEMA];
  return Prisma.raw(schema ? `${quoteIdent(schema)}.${quoteIdent(name)}` : quoteIdent(name));
}
