import { createPrismaClient } from "@dossier/db";

/**
 * Read-only checks straight in the database, after (or between) loads: one connection, through
 * the app's own Prisma client. Works on PostgreSQL and on the embedded server alike.
 */
export async function withSql<T>(databaseUrl: string, run: (q: Query) => Promise<T>): Promise<T> {
  const schema = new URL(databaseUrl).searchParams.get("schema") ?? "public";
  const db = createPrismaClient(databaseUrl, { poolSize: 1 });
  try {
    const q: Query = (text, values = []) =>
      db.$queryRawUnsafe(text.replaceAll("@.", `"${schema}".`), ...values) as Promise<
        Record<string, unknown>[]
      >;
    return await run(q);
  } finally {
    await db.$disconnect();
  }
}

/** SQL with `@.Table` standing for the schema-qualified table. */
export type Query = (text: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;
