import { join } from "node:path";
import { freePort, waitForHttp } from "./http.ts";
import { note } from "./log.ts";
import { repoRoot } from "./paths.ts";
import { type Child, spawnServer } from "./processes.ts";

/** Starts bench/baseline-server.ts in its own process (as the app runs in its own). */
export async function startBaseline(
  databaseUrl: string,
  poolSize: number,
): Promise<{ port: number; child: Child }> {
  const port = await freePort();
  const child = spawnServer(
    "baseline",
    process.execPath,
    ["--import", "tsx", join(repoRoot, "bench", "baseline-server.ts")],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        DATABASE_POOL_SIZE: String(poolSize),
      },
    },
  );
  await waitForHttp(port, "/health", 30_000, child.alive);
  note(`baseline ready on 127.0.0.1:${port}`);
  return { port, child };
}
