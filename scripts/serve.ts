/**
 * Starts the database (embedded unless DATABASE_URL is set), applies migrations, seeds the demo
 * data on first run, then runs the web server (apps/web/server.mjs: Next.js plus a graceful
 * stop). Prints the URL and a demo sign-in. SIGTERM/SIGINT stop everything in order and exit 0.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createPrismaClient, dropSchema, migrate, startEmbeddedPostgres } from "@dossier/db";
import { DEMO_PASSWORD } from "../prisma/seed/demo-users.ts";
import { seed } from "../prisma/seed.ts";
import { SERVER_PROCESS_ENV } from "./server-env.ts";

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

let stopping = false;
let web: ChildProcess | undefined;
let stopDb: (() => Promise<void>) | undefined;
/** Migrations and seeding: a stop waits for them (each is a transaction) rather than cutting in. */
let setup: Promise<void> = Promise.resolve();

/**
 * The one way out. The web server first (it stops accepting, lets running requests — saves —
 * finish, ends live streams), then the embedded database, which closes its data folder cleanly
 * only when asked: never before the app is done with it.
 */
async function shutdown(code: number, reason: string) {
  if (stopping) return;
  stopping = true;
  await setup.catch(() => {});
  if (web && web.exitCode === null && web.signalCode === null) {
    console.log(`\n  Stopping Dossier (${reason})…`);
    await stopChild(web, 40_000);
  }
  await stopDb?.();
  process.exit(code);
}

/** SIGTERM, then SIGKILL if the child is still there after `graceMs`. */
async function stopChild(child: ChildProcess, graceMs: number) {
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

// Signals reach this process alone (npm start → start.mjs forwards them; the children run in
// their own process groups, so a terminal's Ctrl-C doesn't stop the database under the app).
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => void shutdown(0, signal));
// Started with an IPC channel by start.mjs: if it dies without telling us, stop too.
process.on("disconnect", () => void shutdown(0, "parent exited"));

async function prepareDatabase(): Promise<string> {
  let databaseUrl = process.env.DATABASE_URL;
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
  try {
    await seed(db);
  } finally {
    await db.$disconnect();
  }
  return databaseUrl;
}

async function main() {
  const ready = prepareDatabase();
  setup = ready.then(() => {});
  const databaseUrl = await ready;
  if (stopping) return;

  const url = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const webDir = join(root, "apps", "web");
  web = spawn(process.execPath, [join(webDir, "server.mjs"), ...(dev ? ["--dev"] : [])], {
    cwd: webDir,
    // An IPC channel as a lifeline (the server stops itself if this process dies), and a process
    // group of its own so signals reach it only through us, in order.
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    detached: true,
    env: {
      ...SERVER_PROCESS_ENV,
      ...process.env,
      PORT: String(port),
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
  web.channel?.unref();
  console.log(
    `\n  Dossier is starting at ${url}\n  Demo sign-in: editor@dossier.test / ${DEMO_PASSWORD}  (also admin@, analyst@, reviewer@, viewer@)\n`,
  );
  // The web server exiting on its own is a crash (a stop goes through shutdown()).
  web.on("exit", (code, signal) => {
    if (!stopping) void shutdown(code || 1, `the web server exited (${signal ?? code})`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  void shutdown(1, "start-up failed");
});
