import { createRequire } from "node:module";
import { join } from "node:path";

/**
 * Direct SQL on the e2e server's database (the `e2e` schema of DATABASE_URL), for set-up the app
 * has no screen for yet. Only with PostgreSQL: with the embedded database there is no DATABASE_URL.
 * node-postgres is loaded from packages/db, where pnpm installed it.
 */
const pg = createRequire(join(import.meta.dirname, "..", "..", "packages", "db", "package.json"))(
  "pg",
) as typeof import("pg");

export const hasDatabase = () => !!process.env.DATABASE_URL;

export async function e2eSql(query: string, params: unknown[] = []): Promise<void> {
  const url = new URL(process.env.DATABASE_URL!);
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`SET search_path TO e2e`);
    await client.query(query, params);
  } finally {
    await client.end();
  }
}
