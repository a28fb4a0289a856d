/**
 * Section saves per second and latency through the full stack — HTTP → Next (production build)
 * → next-auth session → tRPC → saveSection → Prisma → PostgreSQL — at 1 and 16 concurrent
 * writers, beside bench/baseline-server.ts (plain http + pg, same transaction) in the same run:
 * the two take turns in 1 s slices (5 s each per level), after a warm-up.
 * Each writer is a signed-in editor who owns one section and always saves on its latest revision
 * (no conflicts): a ~300-word document with a few words changed per save. Levels 1 and 16 save
 * back to back (closed loop: throughput, and latency with the queue 16 writers build); a third,
 * `…_autosave_1s`, has the 16 writers each save once a second, as autosave does. Also CPU per save of
 * the server process and of PostgreSQL (from /proc).
 * Prints {"bench":"save","writers_1":{…},"writers_16":{…},"baseline_writers_1":{…},
 * "baseline_writers_16":{…},"ratio":…}; ratio = app saves/s ÷ baseline saves/s at 16 writers.
 * Goal: ratio ≥ 0.5 and p95 < 30 ms at 16 writers. Run: npx tsx bench/save.ts
 */
import os from "node:os";
import { assertProductionBuild, startApp } from "./lib/app.ts";
import { signIn } from "./lib/auth.ts";
import { startBaseline } from "./lib/baseline.ts";
import { createBenchDatabase } from "./lib/database.ts";
import { keepAliveAgent, request } from "./lib/http.ts";
import { runBench } from "./lib/lifecycle.ts";
import { type LoadSample, sampleLoad, summarize } from "./lib/load.ts";
import { emit, note } from "./lib/log.ts";
import { cpuBusyPercent } from "./lib/machine.ts";
import { cpuMeter, pidsNamed } from "./lib/proc-cpu.ts";
import { BENCH_PASSWORD } from "./lib/seed.ts";
import { round } from "./lib/stats.ts";
import { idOf, trpcClient } from "./lib/trpc.ts";
import { nextSave, seedWriters } from "./lib/writers.ts";

const WRITERS = 16;
const POOL_SIZE = 10; // the app's default (packages/db); the baseline gets the same
const SLICES = 5; // per level and side: app and baseline alternate in 1 s slices…
const SLICE_SECONDS = 1; // …so load from anything else on the machine hits both alike
const WARMUP_SECONDS = 3;
const AUTOSAVE_MS = 1_000;

type Step = (writer: number) => Promise<void>;
type Side = { label: string; step: Step; pid: number };

/**
 * One level: `writers` concurrent writers, app and baseline taking turns in SLICES slices each.
 * Per side: saves/s and latency over all its slices, CPU per save of its server and of PostgreSQL.
 */
async function level(writers: number, sides: Side[], paceMs?: number) {
  const seconds = paceMs ? (2 * paceMs) / 1000 : SLICE_SECONDS; // paced: 2 saves per writer a slice
  const samples = sides.map((): LoadSample[] => []);
  const serverMs = sides.map(() => 0);
  const databaseMs = sides.map(() => 0);
  for (let slice = 0; slice < SLICES; slice++) {
    for (const [i, side] of sides.entries()) {
      const server = cpuMeter(() => [side.pid]);
      const database = cpuMeter(() => pidsNamed("postgres"));
      samples[i]!.push(await sampleLoad({ writers, seconds, maxRequests: 20_000, step: side.step, paceMs }));
      serverMs[i]! += server();
      databaseMs[i]! += database();
    }
  }
  return sides.map((side, i) => {
    const { rps, p50_ms, p95_ms, p99_ms, requests, errors } = summarize(samples[i]!);
    const perSave = (ms: number) => round(ms / Math.max(1, requests), 2);
    const figures = {
      rps,
      p50_ms,
      p95_ms,
      p99_ms,
      requests,
      errors,
      server_cpu_ms: perSave(serverMs[i]!),
      postgres_cpu_ms: perSave(databaseMs[i]!),
    };
    const paced = paceMs ? `, each saving every ${paceMs} ms` : "";
    note(`${side.label}, ${writers} writer(s)${paced}: ${JSON.stringify(figures)}`);
    return figures;
  });
}

runBench(
  "save",
  async () => {
    assertProductionBuild();
    const busyBefore = await cpuBusyPercent(); // anything else competing for the CPUs skews the figures
    const appDb = await createBenchDatabase("save");
    const baseDb = await createBenchDatabase("save_baseline");
    // One after the other: seeding both at once only makes each slower on a small machine.
    const writers = await seedWriters(appDb.db, WRITERS);
    const baseWriters = await seedWriters(baseDb.db, WRITERS);
    await baseDb.db.$disconnect();
    note(`seeded ${WRITERS} writers in each schema`);

    const app = await startApp(appDb.url);
    const baseline = await startBaseline(baseDb.url, POOL_SIZE);
    const cookies = await Promise.all(writers.map((w) => signIn(app.port, w.user.email, BENCH_PASSWORD)));
    note(`signed in ${cookies.length} writers`);

    const appAgent = keepAliveAgent(WRITERS);
    const clients = cookies.map((cookie) => trpcClient(app.port, cookie, appAgent));
    const appStep: Step = async (w) => {
      const writer = writers[w]!;
      writer.lastId = idOf(await clients[w]!.mutation("sections.save", nextSave(writer)));
    };
    const baseAgent = keepAliveAgent(WRITERS);
    const baseStep: Step = async (w) => {
      const writer = baseWriters[w]!;
      const res = await request({
        port: baseline.port,
        agent: baseAgent,
        method: "POST",
        path: "/save",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...nextSave(writer), userId: writer.user.id }),
      });
      if (res.status !== 200) throw new Error(`baseline answered ${res.status}: ${res.body}`);
      writer.lastId = idOf(JSON.parse(res.body));
    };

    const sides: Side[] = [
      { label: "app", step: appStep, pid: app.child.process.pid ?? 0 },
      { label: "baseline", step: baseStep, pid: baseline.child.process.pid ?? 0 },
    ];
    for (const side of sides) {
      note(`${side.label}: warm-up ${WARMUP_SECONDS} s at ${WRITERS} writers`);
      await sampleLoad({ writers: WRITERS, seconds: WARMUP_SECONDS, maxRequests: 20_000, step: side.step });
    }
    const [appOne, baseOne] = await level(1, sides);
    const [appMany, baseMany] = await level(WRITERS, sides);
    // Autosave-like: 16 writers each saving once a second (16 saves/s offered), no self-made queue.
    const [appPaced, basePaced] = await level(WRITERS, sides, AUTOSAVE_MS);
    appAgent.destroy();
    baseAgent.destroy();

    // Every answered save must be a revision in the database, and nothing else was written.
    const revisions = await appDb.db.revision.count();
    const answered = WRITERS + writers.reduce((sum, w) => sum + w.edits, 0);
    if (revisions !== answered)
      note(`warning: ${revisions} revisions in the app schema, ${answered} saves sent`);

    const ratio = round(appMany!.rps / baseMany!.rps, 2);
    emit({
      bench: "save",
      writers_1: appOne,
      writers_16: appMany,
      baseline_writers_1: baseOne,
      baseline_writers_16: baseMany,
      writers_16_autosave_1s: appPaced,
      baseline_writers_16_autosave_1s: basePaced,
      ratio,
      goal_met: ratio >= 0.5 && appMany!.p95_ms < 30,
      seconds_per_level: SLICES * SLICE_SECONDS,
      pool_size: POOL_SIZE,
      cores: os.availableParallelism(),
      cpu_busy_before_pct: busyBefore,
    });
  },
  { limitSeconds: 240 },
);
