/**
 * Starts the database (embedded unless DATABASE_URL is set), applies migrations, seeds the demo
 * data on first run, then runs the Next.js server. Prints the URL and a demo sign-in.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createPrismaClient, dropSchema, migrate, startEmbeddedPostgres } from "@dossier/db";
import { DEMO_PASSWORD } from "../prisma/seed/demo-users.ts";
import { seed } from "../prisma/seed.ts";

const root = join(import.meta.dirname, "..");
const dataDir = join(root, ".data");
/** Where the embedded database lives; tests point this elsewhere. */
const embeddedDir = join(root, process.env.DOSSIER_DATA_DIR ?? ".data/pglite");
const dev = process.argv.includes("--dev");
/** Start from an empty database (the e2e suite): wipe the embedded data or the URL's schema. */
const fresh = process.argv.includes("--fresh");
const port = Number(process.env.PORT ?? 3000);

/** A stable secret for local runs, so sessions survive restarts. Production sets NEXTAUTH_SECRET. */
function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  let databaseUrl = process.env.DATABASE_URL;
  let stopDb: (() => Promise<void>) | undefined;
  if (!databaseUrl) {
    if (fresh) rmSync(embeddedDir, { recursive: true, force: true });
    const embedded = await startEmbeddedPostgres({ dataDir: embeddedDir });
    databaseUrl = embedded.url;
    stopDb = embedded.stop;
    console.log(`Embedded PostgreSQL (PGlite) on ${embedded.url} — data in ${relative(root, embeddedDir)}`);
  } else if (fresh) {
    await dropSchema(databaseUrl);
  }
  await migrate(databaseUrl, { log: (line) => console.log(line) });
  const db = createPrismaClient(databaseUrl);
  await seed(db);
  await db.$disconnect();

  const url = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const webDir = join(root, "apps", "web");
  const nextBin = join(webDir, "node_modules", "next", "dist", "bin", "next");
  const next: ChildProcess = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], {
    cwd: webDir,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      // The embedded server can't deliver NOTIFY across connections: use the in-process bus.
      // One connection, too: pglite-server runs every connection in one session, and concurrent
      // extended-protocol queries from several connections can interleave ("bind message
      // supplies 6 parameters, but prepared statement requires 3"). Serialising is safe.
      ...(stopDb ? { DOSSIER_EMBEDDED: "1", DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? "1" } : {}),
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: authSecret(),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  console.log(
    `\n  Dossier is starting at ${url}\n  Demo sign-in: editor@dossier.test / ${DEMO_PASSWORD}  (also admin@, analyst@, reviewer@, viewer@)\n`,
  );

  const shutdown = async (code: number) => {
    next.kill("SIGTERM");
    await stopDb?.();
    process.exit(code);
  };
  next.on("exit", (code) => void shutdown(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
