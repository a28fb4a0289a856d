/**
 * Where a save's time goes, to explain bench/save.ts. At 16 writers through the full stack:
 * CPU per save of the Next process and of PostgreSQL (from /proc), the Next process's CPU split
 * by package (a V8 CPU profile of the production server, cut to the load window, source-mapped), and SQL
 * statements per save; the same CPU figures for bench/baseline-server.ts; the per-request floor
 * of Next + tRPC with and without a session; and saveSection called in-process (no HTTP, no
 * Next) with pools of 10 and 20 connections.
 * Prints {"bench":"save_profile",…}. Run: npx tsx bench/save-profile.ts
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCaller } from "@dossier/api";
import { loadActor, PgEventBus, registerEventBus } from "@dossier/core";
import { createPrismaClient } from "@dossier/db";
import { assertProductionBuild, startApp } from "./lib/app.ts";
import { signIn } from "./lib/auth.ts";
import { startBaseline } from "./lib/baseline.ts";
import { cpuByBucket } from "./lib/cpu-profile.ts";
import { createBenchDatabase } from "./lib/database.ts";
import { keepAliveAgent, request } from "./lib/http.ts";
import { onCleanup, runBench } from "./lib/lifecycle.ts";
import { type LoadOptions, runLoad } from "./lib/load.ts";
import { emit, note } from "./lib/log.ts";
import { cpuMeter, pidsNamed } from "./lib/proc-cpu.ts";
import { BENCH_PASSWORD } from "./lib/seed.ts";
import { countStatements } from "./lib/sql-count.ts";
import { round } from "./lib/stats.ts";
import { idOf, trpcClient } from "./lib/trpc.ts";
import { nextSave, seedWriters } from "./lib/writers.ts";

const WRITERS = 16;
const SECONDS = 5;
/**
 * bench/baseline-server.ts's statements per save: BEGIN, the access read, the CTE (with the audit
 * event), COMMIT (the threads' read only runs for a section with pinned threads; the bench's have none).
 */
const BASELINE_STATEMENTS = 4;

const postgresPids = () => pidsNamed("postgres");
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/** A load at 16 writers, with the CPU that `pids` and PostgreSQL used per request. */
async function loadWithCpu(pids: () => number[], step: LoadOptions["step"], seconds = SECONDS) {
  const server = cpuMeter(pids);
  const database = cpuMeter(postgresPids);
  const figures = await runLoad({ writers: WRITERS, seconds, maxRequests: 50_000, step });
  const perRequest = (ms: number) => round(ms / figures.requests, 2);
  return {
    rps: figures.rps,
    p50_ms: figures.p50_ms,
    p95_ms: figures.p95_ms,
    server_cpu_ms: perRequest(server()),
    postgres_cpu_ms: perRequest(database()),
  };
}

runBench(
  "save_profile",
  async () => {
    assertProductionBuild();
    const appDb = await createBenchDatabase("save_profile");
    const baseDb = await createBenchDatabase("save_profile_baseline");
    // One after the other: seeding both at once only makes each slower on a small machine.
    const writers = await seedWriters(appDb.db, WRITERS);
    const baseWriters = await seedWriters(baseDb.db, WRITERS);
    await baseDb.db.$disconnect();

    const profileDir = mkdtempSync(join(tmpdir(), "dossier-bench-prof-"));
    onCleanup(() => rmSync(profileDir, { recursive: true, force: true }));
    const app = await startApp(appDb.url, {
      nodeArgs: ["--cpu-prof", "--cpu-prof-interval=4000", `--cpu-prof-dir=${profileDir}`],
    });
    const appPid = () => [app.child.process.pid ?? 0];
    const baseline = await startBaseline(baseDb.url, 10);
    const basePid = () => [baseline.child.process.pid ?? 0];
    const cookies = await Promise.all(writers.map((w) => signIn(app.port, w.user.email, BENCH_PASSWORD)));
    const agent = keepAliveAgent(WRITERS);
    const clients = cookies.map((cookie) => trpcClient(app.port, cookie, agent));

    const appStep = async (w: number) => {
      const writer = writers[w]!;
      writer.lastId = idOf(await clients[w]!.mutation("sections.save", nextSave(writer)));
    };
    const baseStep = async (w: number) => {
      const writer = baseWriters[w]!;
      const res = await request({
        port: baseline.port,
        agent,
        method: "POST",
        path: "/save",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...nextSave(writer), userId: writer.user.id }),
      });
      writer.lastId = idOf(JSON.parse(res.body));
    };

    note("warm-up");
    await runLoad({ writers: WRITERS, seconds: 3, maxRequests: 5_000, step: appStep });
    await runLoad({ writers: WRITERS, seconds: 3, maxRequests: 5_000, step: baseStep });

    const from = nowUs();
    const appSaves = await loadWithCpu(appPid, appStep);
    const to = nowUs();
    note(`app: ${JSON.stringify(appSaves)}`);
    const baseSaves = await loadWithCpu(basePid, baseStep);
    note(`baseline: ${JSON.stringify(baseSaves)}`);

    // The floor under every request: Next + tRPC routing, then the session decode + user lookup.
    const anonymous = trpcClient(app.port, "", agent);
    const health = await loadWithCpu(
      appPid,
      () => anonymous.query("health.get", undefined).then(() => {}),
      3,
    );
    const me = await loadWithCpu(appPid, (w) => clients[w]!.query("users.me", undefined).then(() => {}), 3);
    note(
      `health.get without a session: ${JSON.stringify(health)}; users.me signed in: ${JSON.stringify(me)}`,
    );
    agent.destroy();

    await app.child.stop(); // writes the CPU profile
    const profile = readdirSync(profileDir).find((file) => file.endsWith(".cpuprofile"));
    const buckets = profile ? cpuByBucket(join(profileDir, profile), from, to) : {};
    const sampledMs = Object.values(buckets).reduce((sum, ms) => sum + ms, 0);
    // The profile samples; /proc measured: scale the split to the measured CPU per save.
    const perSave = Object.fromEntries(
      Object.entries(buckets).map(([name, ms]) => [
        name,
        round((ms / sampledMs) * appSaves.server_cpu_ms, 2),
      ]),
    );

    // saveSection without HTTP/Next/session: the service + Prisma alone, and the pool's effect.
    const inProcess: Record<string, { rps: number; p50_ms: number; p95_ms: number; cpu_ms: number }> = {};
    for (const poolSize of [10, 20]) {
      const db = createPrismaClient(appDb.url, { poolSize });
      const bus = await PgEventBus.start(db, appDb.url); // publishes with pg_notify, as the app does
      registerEventBus(db, bus);
      const callers = writers.map((w) => createCaller({ db, user: w.user }));
      const step = async (w: number) => {
        const writer = writers[w]!;
        writer.lastId = (await callers[w]!.sections.save(nextSave(writer))).id;
      };
      await runLoad({ writers: WRITERS, seconds: 2, maxRequests: 5_000, step });
      if (poolSize === 10) {
        // One writer: the latency of the transaction itself (its round trips), nothing queued.
        const cpu = process.cpuUsage();
        const one = await runLoad({ writers: 1, seconds: 3, maxRequests: 5_000, step });
        const used = process.cpuUsage(cpu);
        inProcess.pool_10_writers_1 = {
          rps: one.rps,
          p50_ms: one.p50_ms,
          p95_ms: one.p95_ms,
          cpu_ms: round((used.user + used.system) / 1000 / one.requests, 2),
        };
      }
      const cpu = process.cpuUsage();
      const figures = await runLoad({ writers: WRITERS, seconds: SECONDS, maxRequests: 50_000, step });
      const used = process.cpuUsage(cpu);
      inProcess[`pool_${poolSize}`] = {
        rps: figures.rps,
        p50_ms: figures.p50_ms,
        p95_ms: figures.p95_ms,
        cpu_ms: round((used.user + used.system) / 1000 / figures.requests, 2),
      };
      await bus.close();
      await db.$disconnect();
    }
    note(`in-process saveSection: ${JSON.stringify(inProcess)}`);

    // Statements one HTTP save sends: the context's user lookup, the procedure, the live event.
    const bus = await PgEventBus.start(appDb.db, appDb.url);
    registerEventBus(appDb.db, bus);
    const writer = writers[0]!;
    const caller = createCaller({ db: appDb.db, user: writer.user });
    const statements = await countStatements(async () => {
      await loadActor(appDb.db, writer.user.id);
      writer.lastId = (await caller.sections.save(nextSave(writer))).id;
    });
    await bus.close();
    const statementTotal = Object.values(statements).reduce((sum, n) => sum + n, 0);

    emit({
      bench: "save_profile",
      writers: WRITERS,
      cpu_profiler: "on for the app (4 ms sampling): its CPU figures here run higher than in bench save",
      app: {
        ...appSaves,
        sql_statements_per_save: statementTotal,
        sql_statements: statements,
        next_cpu_ms_per_save_by_part: perSave,
      },
      baseline: { ...baseSaves, sql_statements_per_save: BASELINE_STATEMENTS },
      http_floor: { health_no_session: health, users_me_signed_in: me },
      in_process_save_section: inProcess,
    });
  },
  { limitSeconds: 240 },
);
