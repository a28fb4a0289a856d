import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

/**
 * Runs Dossier the way a person or a process manager does: `npm start -- --skip-build` (the
 * production build the suite made), on its own port and embedded database, in a process group of
 * its own. For tests of the process itself (signals, restarts), not of pages.
 */
export const root = join(import.meta.dirname, "..", "..");

export type AppProcess = {
  port: number;
  origin: string;
  npm: ChildProcess;
  exited: Promise<number | null>;
  output(): string;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

/** Starts `npm start` with the embedded database in `dataDir` (relative to the repo). */
export async function startApp(dataDir: string, port: number): Promise<AppProcess> {
  const { DATABASE_URL: _pg, ...env } = process.env;
  const npm = spawn("npm", ["start", "--", "--skip-build"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...env,
      PORT: String(port),
      DOSSIER_DATA_DIR: dataDir,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production",
    },
  });
  let log = "";
  npm.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  npm.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => npm.once("exit", (code) => resolve(code)));
  const app = { port, origin: `http://localhost:${port}`, npm, exited, output: () => log };
  await waitUntilHealthy(app);
  return app;
}

async function waitUntilHealthy(app: AppProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (app.npm.exitCode !== null) throw new Error(`npm start exited early:\n${app.output()}`);
    try {
      const res = await fetch(`${app.origin}/api/trpc/health.get`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`npm start did not become healthy:\n${app.output()}`);
}

/** Every process under `pid` (children, grandchildren…), from `ps`. */
export function descendants(pid: number): number[] {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const queue = [pid];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const [child, parent] of rows) {
      if (parent === current && !found.includes(child)) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A signed-in HTTP client: next-auth's credentials flow, then tRPC calls with the session cookie. */
export async function signedIn(origin: string, email: string, password: string) {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const login = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = login.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (${login.status})`);
  const cookie = session.split(";")[0] ?? "";
  const unwrap = async (res: Response) => {
    const body = (await res.json()) as { result?: { data: { json: unknown } }; error?: { json: unknown } };
    if (!body.result) throw new Error(`tRPC ${res.status}: ${JSON.stringify(body.error)}`);
    return body.result.data.json;
  };
  return {
    cookie,
    mutation: (path: string, input: unknown) =>
      fetch(`${origin}/api/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin, cookie },
        body: JSON.stringify({ json: input }),
      }).then(unwrap),
    query: (path: string, input: unknown) =>
      fetch(`${origin}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, {
        headers: { cookie },
      }).then(unwrap),
  };
}
