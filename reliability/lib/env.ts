import { rmSync } from "node:fs";
import { join } from "node:path";
import { root } from "./app.ts";

/** Whether the suite runs on PostgreSQL (DATABASE_URL) or, without it, on embedded databases. */
export const hasPostgres = () => Boolean(process.env.DATABASE_URL);

/** The suite's database: a `reliability` schema (or another) in DATABASE_URL's database. */
export function schemaUrl(schema = "reliability"): string {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("This part needs DATABASE_URL (a PostgreSQL database it may add schemas to)");
  const url = new URL(base);
  url.searchParams.set("schema", schema);
  return url.toString();
}

/** The suite's apps listen from E2E_PORT + 1 up (3291 without E2E_PORT), clear of the e2e server. */
export function appPort(offset = 0): number {
  return (process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 1 : 3291) + offset;
}

export const removeDataDir = (dir: string) => rmSync(join(root, dir), { recursive: true, force: true });
