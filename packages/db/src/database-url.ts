/**
 * Splits a DATABASE_URL into what `pg` understands and the Prisma-style extras it does not.
 *
 * Prisma URLs carry `?schema=NAME` (which Postgres schema to use) and `?connection_limit=N`.
 * `pg` has no such settings: left in, pg-connection-string copies them into the client config,
 * where they are at best ignored. So they are taken out here and handled by whoever needs them
 * (PrismaPg's `schema` option, the pool's `max`, the migration runner's search_path).
 */
export type ParsedDatabaseUrl = {
  /** The URL without `schema` and `connection_limit`, for `pg`. */
  connectionString: string;
  /** Value of `?schema=`, or undefined (Postgres then uses its search_path, normally `public`). */
  schema: string | undefined;
  /** Value of `?connection_limit=`, or undefined. */
  connectionLimit: number | undefined;
};

export function parseDatabaseUrl(databaseUrl: string): ParsedDatabaseUrl {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    // Never echo the URL: it may hold a password.
    throw new Error("DATABASE_URL is not a valid URL (expected postgresql://user@host:port/db?schema=NAME)");
  }
  const schema = url.searchParams.get("schema") || undefined;
  const limitParam = url.searchParams.get("connection_limit");
  url.searchParams.delete("schema");
  url.searchParams.delete("connection_limit");

  let connectionLimit: number | undefined;
  if (limitParam !== null) {
    connectionLimit = Number(limitParam);
    if (!Number.isInteger(connectionLimit) || connectionLimit < 1) {
      throw new Error(`DATABASE_URL has connection_limit=${limitParam}; expected a positive integer`);
    }
  }
  return { connectionString: url.toString(), schema, connectionLimit };
}

/** Returns `databaseUrl` with `?schema=` set to `schema` (other parameters kept). */
export function withSchema(databaseUrl: string, schema: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set("schema", schema);
  return url.toString();
}

/** Double-quotes an SQL identifier (schema names come from URLs, so never trust them). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
