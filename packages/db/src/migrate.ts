import { randomUUID } from "node:crypto";
import pg from "pg";
import { parseDatabaseUrl, quoteIdent } from "./database-url.ts";
import { type MigrationFile, matchesChecksum, readMigrations } from "./migration-files.ts";

/**
 * Applies `prisma/migrations/<name>/migration.sql` the way `prisma migrate deploy` does, without
 * Prisma's schema-engine binary (it cannot be downloaded on our machines). Progress is kept in
 * Prisma's own `_prisma_migrations` table — same columns, same SHA-256 checksums — so the real
 * `prisma migrate deploy` sees these migrations as applied wherever it does run.
 *
 * Prisma sends each script as one multi-statement query, which Postgres runs as one implicit
 * transaction; here the script runs in an explicit transaction together with its bookkeeping row,
 * so a failed migration leaves nothing behind (Prisma records a failed row and then blocks until
 * `prisma migrate resolve`). A script with its own BEGIN/COMMIT (Prisma writes those when it
 * recreates an enum) is run as it is, like Prisma does. Either way, as with Prisma, an enum value
 * added by `ALTER TYPE … ADD VALUE` cannot be used later in the same migration.
 */

export type MigrateOptions = {
  log?: (message: string) => void;
  /** Defaults to `<repo>/prisma/migrations`. */
  migrationsDir?: string;
};

export type MigrateResult = {
  /** Migrations applied by this call, in order. */
  applied: string[];
  /** Migrations that were already recorded as applied. */
  skipped: string[];
};

// Prisma's own advisory-lock key, so this runner and `prisma migrate` never run at the same time.
const PRISMA_MIGRATE_LOCK = 72707369;

// Verbatim from prisma-engines (sql-schema-connector, Postgres flavour).
const CREATE_MIGRATIONS_TABLE = (table: string) => `CREATE TABLE IF NOT EXISTS ${table} (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

export async function migrate(databaseUrl: string, options: MigrateOptions = {}): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const migrations = readMigrations(options.migrationsDir);
  const { connectionString, schema = "public" } = parseDatabaseUrl(databaseUrl);
  const table = `${quoteIdent(schema)}."_prisma_migrations"`;

  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    await ensureSchema(client, schema);
    await client.query(CREATE_MIGRATIONS_TABLE(table));

    const rows = (
      await client.query<MigrationRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM ${table} ORDER BY started_at`,
      )
    ).rows.filter((row) => row.rolled_back_at === null); // rolled-back rows count as never applied
    checkHistory(rows, migrations, log);

    const done = new Set(rows.map((row) => row.migration_name));
    const result: MigrateResult = { applied: [], skipped: [] };
    for (const migration of migrations) {
      if (done.has(migration.name)) {
        result.skipped.push(migration.name);
        continue;
      }
      log(`Applying migration ${migration.name}`);
      if (await applyOne(client, schema, table, migration)) result.applied.push(migration.name);
      else result.skipped.push(migration.name);
    }
    log(
      result.applied.length
        ? `Applied ${result.applied.length} migration(s) to schema "${schema}"`
        : `Schema "${schema}" is up to date (${result.skipped.length} migration(s) already applied)`,
    );
    return result;
  } finally {
    // Unlock explicitly: on PGlite every connection shares one session, which outlives this client.
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]).catch(() => {});
    await client.end();
  }
}

/** Creates the schema unless it exists (checked first: CREATE needs a privilege even when it exists). */
async function ensureSchema(client: pg.Client, schema: string): Promise<void> {
  const found = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
  if (found.rowCount === 0) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
}

/** Refuses to go on when the recorded history and the folder disagree, as `prisma migrate deploy` does. */
function checkHistory(rows: MigrationRow[], migrations: MigrationFile[], log: (m: string) => void): void {
  const failed = rows.filter((row) => row.finished_at === null).map((row) => row.migration_name);
  if (failed.length) {
    throw new Error(
      `Migration(s) ${failed.join(", ")} started but never finished (a failed \`prisma migrate\`?). ` +
        "Fix the database by hand, then delete or mark the row in _prisma_migrations (`prisma migrate resolve`).",
    );
  }
  const byName = new Map(migrations.map((m) => [m.name, m]));
  const changed = rows.filter((row) => {
    const file = byName.get(row.migration_name);
    return file !== undefined && !matchesChecksum(file.sql, row.checksum);
  });
  if (changed.length) {
    throw new Error(
      `Applied migration(s) were edited after they ran: ${changed.map((r) => r.migration_name).join(", ")}. ` +
        "Restore their migration.sql from git and put the change in a new migration (`pnpm db:diff <name>`).",
    );
  }
  for (const row of rows) {
    if (!byName.has(row.migration_name)) {
      log(`Warning: ${row.migration_name} is applied in the database but missing from prisma/migrations`);
    }
  }
}

/** Applies one migration and records it. Returns false if another process got there first. */
async function applyOne(
  client: pg.Client,
  schema: string,
  table: string,
  migration: MigrationFile,
): Promise<boolean> {
  const record = (finished: string) =>
    client.query(
      `INSERT INTO ${table} (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, ${finished}, $3, NULL, NULL, now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );

  if (managesOwnTransaction(migration.sql)) {
    await client.query(`SET search_path TO ${quoteIdent(schema)}`);
    try {
      await client.query(migration.sql);
    } catch (error) {
      throw migrationError(migration, error, "It ran outside one transaction: check what it left behind.");
    } finally {
      await client.query("RESET search_path");
    }
    await record("clock_timestamp()");
    return true;
  }

  await client.query("BEGIN");
  try {
    // SET LOCAL, not SET: it ends with the transaction. On PGlite every connection shares one
    // session, so a session-wide search_path would leak into the app's other connections.
    await client.query(`SET LOCAL search_path TO ${quoteIdent(schema)}`);
    const raced = await client.query(
      `SELECT 1 FROM ${table} WHERE migration_name = $1 AND rolled_back_at IS NULL`,
      [migration.name],
    );
    if (raced.rowCount) {
      await client.query("ROLLBACK");
      return false;
    }
    await client.query(migration.sql); // one simple-protocol query: the whole multi-statement script
    await record("clock_timestamp()");
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw migrationError(migration, error, "Nothing of it was applied.");
  }
}

function managesOwnTransaction(sql: string): boolean {
  return /^\s*(BEGIN|COMMIT|START\s+TRANSACTION)\b/im.test(sql);
}

/** Names the migration and the failing line: pg reports only a character offset. */
function migrationError(migration: MigrationFile, error: unknown, consequence: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  const position = error instanceof pg.DatabaseError && error.position ? Number(error.position) : undefined;
  const line = position ? ` (line ${migration.sql.slice(0, position).split("\n").length})` : "";
  return new Error(`Migration ${migration.name} failed${line}: ${message}. ${consequence}`, { cause: error });
}
