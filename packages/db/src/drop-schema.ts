import pg from "pg";
import { parseDatabaseUrl, quoteIdent } from "./database-url.ts";

/**
 * Drops the Postgres schema the URL points at (`?schema=`, else "public") with everything in it —
 * tables, data, enums, the migration history. For throwaway databases: test schemas, and
 * `--fresh` starts. `migrate()` recreates the schema afterwards.
 */
export async function dropSchema(databaseUrl: string): Promise<void> {
  const { connectionString, schema = "public" } = parseDatabaseUrl(databaseUrl);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}
