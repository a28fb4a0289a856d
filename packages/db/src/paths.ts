import path from "node:path";
import { fileURLToPath } from "node:url";

// Functions, not constants, and no `new URL("…", import.meta.url)` or `createRequire`: this package
// is also bundled into the Next server (through index.ts), and bundlers treat those patterns as
// assets or modules to pull in. Nothing here runs unless the migration/embedded tools are used.

/** `packages/db` */
export function packageDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
}

/** The monorepo root. */
export function repoRoot(): string {
  return path.resolve(packageDir(), "..", "..");
}

/** `<repo>/prisma/migrations`, Prisma's standard folder (see prisma.config.ts). */
export function migrationsDir(): string {
  return path.join(repoRoot(), "prisma", "migrations");
}
