import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDatabaseUrl, quoteIdent } from "./database-url.ts";
import { migrate } from "./migrate.ts";
import { migrationChecksum, readMigrations } from "./migration-files.ts";
import { migrationsDir } from "./paths.ts";
import { createTestDatabase, type TestDatabase } from "./testing.ts";

// Runs against DATABASE_URL when set (PostgreSQL), else against the embedded PGlite.
let db: TestDatabase;
let scratch: string; // copies of prisma/migrations that the tests may alter

beforeAll(async () => {
  db = await createTestDatabase();
  scratch = mkdtempSync(path.join(tmpdir(), "dossier-migrations-"));
});
afterAll(async () => {
  await db?.drop();
  rmSync(scratch, { recursive: true, force: true });
});

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: parseDatabaseUrl(db.url).connectionString });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A copy of prisma/migrations under a new name, to edit without touching the real one. */
function copyMigrations(name: string): string {
  const dir = path.join(scratch, name);
  cpSync(migrationsDir(), dir, { recursive: true });
  return dir;
}

const history = () =>
  sql<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
    `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at
       FROM ${quoteIdent(db.schema)}._prisma_migrations ORDER BY started_at`,
  );

describe("migrate", () => {
  it("applies every migration into the fresh schema", async () => {
    const tables = await sql<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = $1",
      [db.schema],
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["User", "Brief", "Section", "Revision", "RateLimit", "_prisma_migrations"]),
    );
  });

  it("records each migration in _prisma_migrations with Prisma's sha256 checksum", async () => {
    const files = readMigrations();
    expect(files.length).toBeGreaterThan(0);
    const rows = await history();
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(
      files.map((f) => [f.name, migrationChecksum(f.sql), 1]),
    );
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
    expect(files[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does nothing on a second run", async () => {
    const before = await history();
    const result = await migrate(db.url);
    expect(result.applied).toEqual([]);
    expect(result.skipped).toEqual(readMigrations().map((f) => f.name));
    expect(await history()).toEqual(before);
  });

  it("refuses to run when an applied migration was edited", async () => {
    const dir = copyMigrations("edited");
    const first = readMigrations(dir)[0]!;
    writeFileSync(path.join(dir, first.name, "migration.sql"), `${first.sql}\n-- sneaky edit\n`);
    await expect(migrate(db.url, { migrationsDir: dir })).rejects.toThrow(/edited after they ran.*_init/);
  });

  it("accepts the same migration checked out with CRLF line endings, as Prisma does", async () => {
    const dir = copyMigrations("crlf");
    const first = readMigrations(dir)[0]!;
    writeFileSync(path.join(dir, first.name, "migration.sql"), first.sql.replaceAll("\n", "\r\n"));
    await expect(migrate(db.url, { migrationsDir: dir })).resolves.toMatchObject({ applied: [] });
  });

  it("rolls a failing migration back completely and records nothing", async () => {
    const dir = copyMigrations("broken");
    mkdirSync(path.join(dir, "99990101000000_broken"));
    writeFileSync(
      path.join(dir, "99990101000000_broken", "migration.sql"),
      'CREATE TABLE "Half" ("id" TEXT);\n\nSELECT no_such_function();\n',
    );
    await expect(migrate(db.url, { migrationsDir: dir })).rejects.toThrow(
      /99990101000000_broken failed \(line 3\).*no_such_function/,
    );
    const half = await sql(
      "SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'Half'",
      [db.schema],
    );
    expect(half).toEqual([]);
    expect((await history()).map((r) => r.migration_name)).not.toContain("99990101000000_broken");
  });

  it("applies a new migration after the recorded ones", async () => {
    const dir = copyMigrations("added");
    mkdirSync(path.join(dir, "99990101000000_added"));
    writeFileSync(
      path.join(dir, "99990101000000_added", "migration.sql"),
      'CREATE TABLE "Added" ("id" TEXT);\n',
    );
    const result = await migrate(db.url, { migrationsDir: dir });
    expect(result.applied).toEqual(["99990101000000_added"]);
    // Unqualified SQL landed in the URL's schema, not in public.
    const found = await sql<{ table_schema: string }>(
      "SELECT table_schema FROM information_schema.tables WHERE table_name = 'Added'",
    );
    expect(found.map((r) => r.table_schema)).toEqual([db.schema]);
  });
  it("runs a script that manages its own transaction (as Prisma writes for enum changes) as it is", async () => {
    const dir = copyMigrations("own-transaction");
    mkdirSync(path.join(dir, "99990102000000_own_tx"));
    writeFileSync(
      path.join(dir, "99990102000000_own_tx", "migration.sql"),
      'BEGIN;\nCREATE TABLE "OwnTx" ("id" TEXT);\nCOMMIT;\n',
    );
    const result = await migrate(db.url, { migrationsDir: dir });
    expect(result.applied).toEqual(["99990102000000_own_tx"]);
    const found = await sql<{ table_schema: string }>(
      "SELECT table_schema FROM information_schema.tables WHERE table_name = 'OwnTx'",
    );
    expect(found.map((r) => r.table_schema)).toEqual([db.schema]);
  });
});

describe("the Prisma client over the adapter", () => {
  it("inserts and reads a User in the test schema, without passwordHash unless asked", async () => {
    const created = await db.prisma.user.create({
      data: { email: "ada@test.dossier", name: "Ada", passwordHash: "hash-1", role: "ADMIN" },
    });
    expect(created).not.toHaveProperty("passwordHash");

    const read = await db.prisma.user.findUniqueOrThrow({ where: { email: "ada@test.dossier" } });
    expect(read).toMatchObject({ id: created.id, name: "Ada", role: "ADMIN", deactivated: false });
    expect(read).not.toHaveProperty("passwordHash");

    const withHash = await db.prisma.user.findUniqueOrThrow({
      where: { id: created.id },
      omit: { passwordHash: false },
    });
    expect(withHash.passwordHash).toBe("hash-1");

    // Interactive transactions inherit the omit (index.ts's Db type relies on it).
    const inTx = await db.prisma.$transaction((tx) =>
      tx.user.findUniqueOrThrow({ where: { id: created.id } }),
    );
    expect(inTx).not.toHaveProperty("passwordHash");

    const rows = await sql<{ email: string }>(`SELECT email FROM ${quoteIdent(db.schema)}."User"`);
    expect(rows).toEqual([{ email: "ada@test.dossier" }]);
  });
});
