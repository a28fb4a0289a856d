/**
 * How long `npm start` takes to serve again on an installed, built tree: from spawning
 * `node scripts/start.mjs` (turbo finds the build cached; migrations find nothing to apply) to the
 * first 200 of /signin. Median of 3 restarts against a bench schema of DATABASE_URL.
 * A fresh clone's first start (install + build) takes minutes and is not run here:
 * `fresh_clone_s` is null.
 * Prints {"bench":"start","fresh_clone_s":null,"restart_s":…}. Goal: restart < 10 s.
 * Run: npx tsx bench/start.ts
 */
import { assertProductionBuild } from "./lib/app.ts";
import { createBenchDatabase } from "./lib/database.ts";
import { freePort, request } from "./lib/http.ts";
import { runBench } from "./lib/lifecycle.ts";
import { emit, note } from "./lib/log.ts";
import { repoRoot } from "./lib/paths.ts";
import { spawnServer } from "./lib/processes.ts";
import { round } from "./lib/stats.ts";

const RUNS = 3;

async function firstSignInPage(port: number, alive: () => boolean, timeoutMs: number): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    if (!alive()) throw new Error("npm start exited before serving");
    const res = await request({ port, method: "GET", path: "/signin" }).catch(() => null);
    if (res?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no 200 from /signin within ${timeoutMs} ms`);
}

runBench(
  "start",
  async () => {
    assertProductionBuild();
    const bench = await createBenchDatabase("start");
    await bench.db.$disconnect();
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const port = await freePort();
      const started = performance.now();
      const child = spawnServer(`start:${port}`, process.execPath, ["scripts/start.mjs"], {
        cwd: repoRoot,
        env: {
          ...process.env,
          DATABASE_URL: bench.url,
          PORT: String(port),
          NEXTAUTH_URL: `http://127.0.0.1:${port}`,
          NEXTAUTH_SECRET: "bench-start-secret",
        },
      });
      await firstSignInPage(port, child.alive, 120_000);
      const seconds = (performance.now() - started) / 1000;
      times.push(seconds);
      note(`start ${run + 1}: ${seconds.toFixed(1)} s`);
      await child.stop();
    }
    times.sort((a, b) => a - b);
    const restart = round(times[Math.floor(times.length / 2)]!, 1);
    emit({ bench: "start", fresh_clone_s: null, restart_s: restart, goal_met: restart < 10 });
  },
  { limitSeconds: 300 },
);
