import { randomBytes } from "node:crypto";
import { SERVER_PROCESS_ENV } from "../../scripts/server-env.ts";
import { BenchSetupError } from "./errors.ts";
import { freePort, waitForHttp } from "./http.ts";
import { note } from "./log.ts";
import { hasProductionBuild, MISSING_BUILD_MESSAGE, serverScript, webDir } from "./paths.ts";
import { type Child, spawnServer } from "./processes.ts";

export type AppInstance = { port: number; child: Child };

/** Fails with a clear message when there is no production build to start. */
export function assertProductionBuild(): void {
  if (!hasProductionBuild()) throw new BenchSetupError(MISSING_BUILD_MESSAGE);
}

/** One secret for every instance of a run, so a session cookie from one is valid on all. */
const authSecret = randomBytes(32).toString("base64url");

/**
 * Starts the production server (apps/web/server.mjs, what `npm start` runs) over `databaseUrl`, on
 * a free port. No DOSSIER_EMBEDDED: live events go through PostgreSQL LISTEN/NOTIFY, as in production.
 * With `embedded: true` (a `databaseUrl` on the embedded database), the env `npm start` gives the app
 * there instead, as scripts/serve.ts sets it: DOSSIER_EMBEDDED=1 (the in-process event bus) and
 * DATABASE_POOL_SIZE=1 (pglite-server runs every connection in one session).
 */
export async function startApp(
  databaseUrl: string,
  options: { label?: string; nodeArgs?: string[]; embedded?: boolean } = {},
): Promise<AppInstance> {
  const label = options.label ?? "next";
  assertProductionBuild();
  const port = await freePort();
  const { DOSSIER_EMBEDDED: _embedded, ...inherited } = process.env;
  const env = options.embedded ? { ...inherited, DOSSIER_EMBEDDED: "1", DATABASE_POOL_SIZE: "1" } : inherited;
  const child = spawnServer(
    `${label}:${port}`,
    process.execPath,
    [...(options.nodeArgs ?? []), serverScript],
    {
      cwd: webDir,
      env: {
        ...SERVER_PROCESS_ENV,
        ...env,
        NODE_ENV: "production",
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: authSecret,
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  const started = performance.now();
  await waitForHttp(port, "/api/trpc/health.get", 90_000, child.alive);
  note(`${label} ready on 127.0.0.1:${port} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { port, child };
}
