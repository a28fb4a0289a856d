/**
 * How long `npm start` takes to serve, to the first 200 of /signin, against a bench schema of
 * DATABASE_URL:
 * - `fresh_clone_s`: in a fresh `git clone` of this repository's HEAD, where `npm start` installs
 *   (from this machine's pnpm store, as a second checkout on a developer's machine would), builds
 *   with no turbo cache, migrates and seeds, then serves. The clone itself is not timed.
 * - `restart_s`: on this installed, built tree again (turbo finds the build cached; migrations find
 *   nothing to apply), median of 3.
 * Prints {"bench":"start","fresh_clone_s":…,"restart_s":…}. Goal: restart < 10 s.
 * Run: npx tsx bench/start.ts
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

/** Seconds from spawning `npm start` in `cwd` to its first 200 of /signin; then stops it. */
async function timedStart(cwd: string, databaseUrl: string, label: string, timeoutMs: number) {
  const port = await freePort();
  const started = performance.now();
  const child = spawnServer(`${label}:${port}`, process.execPath, ["scripts/start.mjs"], {
    cwd,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: "bench-start-secret",
    },
  });
  try {
    await firstSignInPage(port, child.alive, timeoutMs);
    return (performance.now() - started) / 1000;
  } finally {
    await child.stop();
  }
}

/** `npm start` in a fresh clone of HEAD (uncommitted changes are not in it), removed afterwards. */
async function freshCloneStart(databaseUrl: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "dossier-clone-"));
  try {
    execFileSync("git", ["clone", "--quiet", repoRoot, dir]);
    return await timedStart(dir, databaseUrl, "fresh-clone", 600_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

runBench(
  "start",
  async () => {
    assertProductionBuild();
    const bench = await createBenchDatabase("start");
    await bench.db.$disconnect();
    const fresh = await freshCloneStart(bench.url);
    note(`fresh clone: ${fresh.toFixed(1)} s`);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const seconds = await timedStart(repoRoot, bench.url, "start", 120_000);
      times.push(seconds);
      note(`start ${run + 1}: ${seconds.toFixed(1)} s`);
    }
    times.sort((a, b) => a - b);
    const restart = round(times[Math.floor(times.length / 2)]!, 1);
    emit({ bench: "start", fresh_clone_s: round(fresh, 1), restart_s: restart, goal_met: restart < 10 });
  },
  { limitSeconds: 900 },
);
