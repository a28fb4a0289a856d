import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { descendants, freePort, isAlive, root } from "../../e2e/support/app-process.ts";

export { freePort, root };

/**
 * The built app as `npm start` runs it: scripts/serve.ts (migrations, seed, then
 * apps/web/server.mjs), in a process group of its own so a SIGKILL can take the whole tree.
 * `databaseUrl` undefined → the embedded database in `dataDir`.
 */
export type App = {
  origin: string;
  port: number;
  proc: ChildProcess;
  exited: Promise<number | null>;
  output(): string;
};

export type StartOptions = {
  port: number;
  databaseUrl?: string;
  dataDir?: string;
  fresh?: boolean;
  env?: Record<string, string>;
};

export async function startApp(options: StartOptions): Promise<App> {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const origin = `http://localhost:${options.port}`;
  const proc = spawn(
    process.execPath,
    ["--import", "tsx", join(root, "scripts", "serve.ts"), ...(options.fresh ? ["--fresh"] : [])],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...env,
        ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
        DOSSIER_DATA_DIR: options.dataDir ?? ".data/reliability",
        PORT: String(options.port),
        NEXTAUTH_URL: origin,
        NEXTAUTH_SECRET: "reliability-secret-not-for-production",
        NEXT_TELEMETRY_DISABLED: "1",
        ...options.env,
      },
    },
  );
  let log = "";
  proc.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  proc.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  const app: App = { origin, port: options.port, proc, exited, output: () => log };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`the app exited early:\n${log}`);
    try {
      const res = await fetch(`${origin}/api/trpc/health.get`);
      if (res.ok) return app;
    } catch {
      // not listening yet
    }
    await sleep(300);
  }
  killApp(app);
  throw new Error(`the app did not become healthy:\n${log}`);
}

/** SIGKILL to the app and every process under it: what a power cut or the OOM killer does. */
export function killApp(app: App) {
  const pid = app.proc.pid ?? 0;
  if (!pid) return;
  const tree = [pid, ...descendants(pid)];
  for (const each of tree) {
    try {
      process.kill(each, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

/** SIGTERM to the top process (what a process manager sends); resolves with its exit code. */
export async function stopApp(app: App, timeoutMs = 90_000): Promise<number | null> {
  if (app.proc.exitCode !== null) return app.proc.exitCode;
  const tree = [app.proc.pid ?? 0, ...descendants(app.proc.pid ?? 0)];
  app.proc.kill("SIGTERM");
  const timer = setTimeout(() => killApp(app), timeoutMs);
  const code = await app.exited;
  clearTimeout(timer);
  // Whatever is left (it shouldn't be) goes too, so a run never leaves an app behind.
  for (const pid of tree) if (isAlive(pid)) process.kill(pid, "SIGKILL");
  return code;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The embedded server's URL, from the line serve.ts prints (apps started without a database URL). */
export function embeddedUrl(app: App): string {
  const match = /PGlite\) on (postgresql:\/\/\S+)/.exec(app.output());
  if (!match?.[1]) throw new Error("the embedded database's URL was not printed");
  return match[1];
}
