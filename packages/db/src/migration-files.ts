import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { migrationsDir } from "./paths.ts";

export type MigrationFile = {
  /** Folder name, `<YYYYMMDDHHMMSS>_<name>`: what `_prisma_migrations.migration_name` holds. */
  name: string;
  /** Contents of `migration.sql`, exactly as on disk. */
  sql: string;
  checksum: string;
};

/**
 * The migrations in `dir`, in the order Prisma applies them. Mirrors the Prisma CLI: every
 * sub-folder is a migration, its `migration.sql` is read as UTF-8, folders are sorted with
 * `localeCompare`. Other files in a folder (such as our schema snapshot) are ignored.
 */
export function readMigrations(dir: string = migrationsDir()): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!existsSync(file)) throw new Error(`Migration folder ${name} has no migration.sql (${file})`);
      const sql = readFileSync(file, "utf8");
      return { name, sql, checksum: migrationChecksum(sql) };
    });
}

/** Prisma's checksum: SHA-256 of the script, as 64 lowercase hex digits. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/**
 * Whether `sql` is the script `checksum` was taken of. Like Prisma (schema-connector's
 * checksum.rs), a checkout with other line endings still matches, and so do checksums that very
 * old Prisma versions wrote without zero-padding each byte.
 */
export function matchesChecksum(sql: string, checksum: string): boolean {
  const variants = [sql, sql.replaceAll("\r\n", "\n"), sql.replaceAll("\n", "\r\n")];
  return variants.some((variant) => {
    const digest = createHash("sha256").update(variant, "utf8").digest();
    const rendered =
      checksum.length === 64 ? digest.toString("hex") : [...digest].map((b) => b.toString(16)).join("");
    return rendered === checksum;
  });
}
