import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { packageDir, repoRoot } from "./paths.ts";

/**
 * An embedded PostgreSQL (PGlite, Postgres compiled to WebAssembly) behind `pglite-server` from
 * `@electric-sql/pglite-socket`, so the app, Prisma, `pg` and psql talk to it over TCP like to any
 * Postgres. For machines without a Postgres server.
 *
 * It always runs as a CHILD PROCESS: PGlite runs on the JS thread of the process that hosts it,
 * so a host process that ever blocks (e.g. spawnSync, or a synchronous client) deadlocks it.
 *
 * What pglite-server 0.2.17 is (checked with `pglite-server --help` and by hand):
 * - Flags: --db=PATH (default memory://), --port (5432), --host (127.0.0.1), --path=UNIX socket,
 *   --max-connections (default 1: a second client gets the plain text "Too many connections" and
 *   is dropped), --debug=0..5, --extensions=LIST, --run=CMD (+ --include-database-url,
 *   --shutdown-timeout). SIGTERM/SIGINT shut it down cleanly (closes the database, exit 0).
 * - Any user, password and database name are accepted; it is always database "postgres".
 *   `select version()` says PostgreSQL 18.7 (PGlite 0.5.17).
 * - ALL CONNECTIONS SHARE ONE POSTGRES SESSION (pg_backend_pid() is the same everywhere). Queries
 *   are queued and run one at a time; while a connection is inside a transaction, the others wait.
 *   So session state leaks between connections: `SET search_path` on one changes it for all (use
 *   SET LOCAL inside a transaction), advisory locks never block (same session), named prepared
 *   statements share one namespace. Query cancellation is ignored.
 * - LISTEN/NOTIFY DOES NOT WORK ACROSS CONNECTIONS. The LISTEN registers on the shared session,
 *   and a notification is written to whichever connection ran the statement that produced it —
 *   the notifier itself — never to the connection that listened. Checked with `pg`: A listens,
 *   B notifies → A gets nothing and B receives its own notification; the same with pg_notify()
 *   and NOTIFY inside a transaction. On PostgreSQL 15 the same test delivers to A as it should.
 *   Live updates therefore need another path on PGlite (e.g. polling, or an in-process bus when
 *   there is one app process); do not rely on LISTEN/NOTIFY there.
 * - First start in an empty directory takes ~2.5 s (initdb); restarting on an existing one ~0.6 s;
 *   memory:// ~2.3 s. The server process uses 300–800 MB of memory.
 * - Any number of servers will open the same data directory (PGlite takes no lock), and would
 *   corrupt it; hence the lock file below.
 */

export type EmbeddedPostgres = {
  /** `postgresql://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  port: number;
  stop(): Promise<void>;
};

export type EmbeddedPostgresOptions = {
  /** Data directory (created if missing), or "memory://". Default `<repo>/.data/pglite`. */
  dataDir?: string;
  /** Default: 54329 if free, else any free port. */
  port?: number;
  /**
   * Connections the server accepts, across every client process (default 10). One more is sent
   * the plain text "Too many connections" and dropped: `pg` says "Connection terminated unexpectedly".
   */
  maxConnections?: number;
  /** Receives the server's output lines; default: dropped. */
  log?: (line: string) => void;
  /** How long to wait for the first successful connection. Default 60 s. */
  startTimeoutMs?: number;
};

const DEFAULT_PORT = 54329;

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir ?? path.join(repoRoot(), ".data", "pglite");
  const unlock = dataDir === "memory://" ? () => {} : lockDataDir(dataDir);
  const port = options.port ?? ((await isPortFree(DEFAULT_PORT)) ? DEFAULT_PORT : await findFreePort());
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;

  const child = spawn(
    process.execPath,
    [
      // If this process dies without stopping the server (crash, SIGKILL), the IPC channel closes
      // and the server shuts itself down instead of living on, holding the port and the data dir.
      "--import",
      'data:text/javascript,process.on("disconnect",()=>process.kill(process.pid,"SIGTERM"))',
      serverScript(),
      `--db=${dataDir}`,
      `--port=${port}`,
      "--host=127.0.0.1",
      `--max-connections=${options.maxConnections ?? 10}`,
    ],
    // A process group of its own: a terminal's Ctrl-C (sent to the whole foreground group) must
    // not close the database under an app that is still finishing its requests. It stops when
    // told (stop()) or when this process dies (the lifeline above).
    { stdio: ["ignore", "pipe", "pipe", "ipc"], detached: true },
  );
  // The IPC channel is only a lifeline; it must not keep this process alive on its own.
  child.channel?.unref();
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      for (const line of chunk.split("\n").filter(Boolean)) {
        output.push(line);
        options.log?.(line);
      }
    });
  }

  const stop = async () => {
    await stopChild(child);
    unlock();
  };
  try {
    await waitUntilReady(url, child, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    const detail = output.slice(-20).join("\n");
    throw new Error(`${(error as Error).message}\npglite-server output:\n${detail}`, { cause: error });
  }
  return { url, port, stop };
}

/**
 * Claims `dataDir` for this process with `<dataDir>/dossier-server.pid` (e.g. `pnpm db:embedded` and
 * `pnpm start` both default to .data/pglite). A lock whose process is gone is taken over; the
 * server itself dies with this process (see the IPC lifeline above).
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, "dossier-server.pid");
  try {
    writeFileSync(lockFile, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const owner = Number(readFileSync(lockFile, "utf8"));
    if (isAlive(owner)) {
      throw new Error(
        `${dataDir} is already served by process ${owner} (another \`pnpm db:embedded\` or \`pnpm start\`?). ` +
          `Use that server, stop it, or pick another data directory. If no such process runs, delete ${lockFile}.`,
      );
    }
    writeFileSync(lockFile, String(process.pid));
  }
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}

/**
 * The `pglite-server` bin, by path: pnpm links every direct dependency into the package's own
 * node_modules. (`require.resolve` would do, but bundlers rewrite it; see paths.ts.)
 */
function serverScript(): string {
  return path.join(
    packageDir(),
    "node_modules",
    "@electric-sql",
    "pglite-socket",
    "dist",
    "scripts",
    "server.js",
  );
}

/** Polls with a real query: the port opens before the database is ready to answer. */
async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`pglite-server exited during start-up (code ${child.exitCode ?? child.signalCode})`);
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    client.on("error", () => {}); // a refused connection also emits 'error'; the catch below handles it
    try {
      await client.connect();
      await client.query("SELECT 1");
      await client.end();
      return;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`pglite-server did not accept connections within ${timeoutMs} ms: ${String(lastError)}`);
}

/** SIGTERM lets the server close the database cleanly; SIGKILL only if it hangs. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}
