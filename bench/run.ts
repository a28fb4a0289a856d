/**
 * `pnpm bench`: runs every bench in sequence, each in its own process, and prints their results
 * — one JSON object per line on stdout, each with a `bench` name. Progress and notes go to stderr.
 *   pnpm bench                 all benches
 *   pnpm bench save live       only those (names as in BENCHES)
 *   pnpm bench --build         build the web app first if apps/web/.next has no production build
 * Needs PostgreSQL: DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/postgres if it answers.
 */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { resolveDatabaseUrl } from "./lib/database.ts";
import { BenchSetupError } from "./lib/errors.ts";
import { cpuBusyPercent } from "./lib/machine.ts";
import { hasProductionBuild, MISSING_BUILD_MESSAGE, repoRoot } from "./lib/paths.ts";

type Bench = { name: string; file: string; needs: ("database" | "build")[]; limitSeconds: number };

const BENCHES: Bench[] = [
  { name: "diff", file: "diff-20k.ts", needs: [], limitSeconds: 120 },
  { name: "merge", file: "merge-20k.ts", needs: [], limitSeconds: 120 },
  { name: "history", file: "history-page.ts", needs: ["database"], limitSeconds: 180 },
  { name: "brief_open", file: "brief-open.ts", needs: ["database"], limitSeconds: 240 },
  { name: "search", file: "search.ts", needs: ["database"], limitSeconds: 300 },
  { name: "import", file: "import.ts", needs: ["database"], limitSeconds: 180 },
  { name: "dashboard", file: "dashboard.ts", needs: ["database"], limitSeconds: 300 },
  { name: "save", file: "save.ts", needs: ["database", "build"], limitSeconds: 300 },
  { name: "save_profile", file: "save-profile.ts", needs: ["database", "build"], limitSeconds: 300 },
  { name: "live", file: "live-fanout.ts", needs: ["database", "build"], limitSeconds: 240 },
  { name: "save_at_scale", file: "save-at-scale.ts", needs: ["database", "build"], limitSeconds: 420 },
  { name: "server_memory", file: "server-memory.ts", needs: ["database", "build"], limitSeconds: 240 },
  { name: "page_weight", file: "page-weight.ts", needs: ["database", "build"], limitSeconds: 240 },
  { name: "navigation", file: "navigation.ts", needs: ["database", "build"], limitSeconds: 300 },
  { name: "start", file: "start.ts", needs: ["database", "build"], limitSeconds: 360 },
  // (each script also stops itself earlier: its own runBench limit is 60 s below these)
];

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Runs one bench script; forwards its JSON lines to stdout and anything else to stderr. */
function runScript(bench: Bench, env: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "bench", bench.file)], {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let results = 0;
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (line.startsWith("{") && line.includes('"bench"')) {
        results++;
        process.stdout.write(`${line}\n`);
      } else if (line.trim()) log(`  ${line}`);
    });
    // Each bench stops itself within its own limit; this is the backstop.
    const timer = setTimeout(() => {
      log(`${bench.name}: no end after ${bench.limitSeconds} s, stopping it`);
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 15_000).unref();
    }, bench.limitSeconds * 1000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve(code === 0 && results > 0);
    });
  });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const wanted = args.filter((arg) => !arg.startsWith("--"));
  const unknown = wanted.filter((name) => !BENCHES.some((b) => b.name === name));
  if (unknown.length) {
    log(`unknown bench ${unknown.join(", ")}; choose from ${BENCHES.map((b) => b.name).join(", ")}`);
    return 2;
  }
  const selected = BENCHES.filter((b) => wanted.length === 0 || wanted.includes(b.name));
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const failed: string[] = [];

  let database: string | null = null;
  if (selected.some((b) => b.needs.includes("database"))) {
    try {
      env.DATABASE_URL = await resolveDatabaseUrl();
      database = env.DATABASE_URL;
    } catch (error) {
      if (!(error instanceof BenchSetupError)) throw error;
      log(`${error.message}\nThe database benches are skipped.`);
    }
  }
  let built = hasProductionBuild();
  if (!built && selected.some((b) => b.needs.includes("build"))) {
    if (args.includes("--build")) {
      log("no production build: running pnpm turbo run build --filter=@dossier/web");
      const build = spawnSync("pnpm", ["turbo", "run", "build", "--filter=@dossier/web"], {
        cwd: repoRoot,
        env,
        stdio: ["ignore", process.stderr, "inherit"],
      });
      built = build.status === 0 && hasProductionBuild();
    }
    if (!built) log(`${MISSING_BUILD_MESSAGE}\nThe HTTP benches (save, save_profile, live) are skipped.`);
  }

  // Ctrl-C reaches the running bench too, which cleans up after itself; start no further ones.
  let interrupted = false;
  process.on("SIGINT", () => {
    interrupted = true;
  });
  for (const bench of selected) {
    if (interrupted) {
      failed.push(`${bench.name} (interrupted)`);
      continue;
    }
    if ((bench.needs.includes("database") && !database) || (bench.needs.includes("build") && !built)) {
      failed.push(`${bench.name} (skipped)`);
      continue;
    }
    const busy = await cpuBusyPercent();
    const warning = busy > 20 ? " — something else is using the CPUs: figures will be noisy" : "";
    log(`\n── ${bench.name} (bench/${bench.file}), CPUs ${busy}% busy before it${warning}`);
    if (!(await runScript(bench, env))) failed.push(bench.name);
  }
  const minutes = (performance.now() - started) / 60_000;
  log(
    `\npnpm bench: ${selected.length - failed.length}/${selected.length} benches in ${minutes.toFixed(1)} min`,
  );
  if (failed.length) log(`not done: ${failed.join(", ")}`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(String(error instanceof Error ? (error.stack ?? error.message) : error));
    process.exit(1);
  },
);
