/**
 * The production server's memory: resident set (apps/web/server.mjs and any children) when
 * idle after sign-in and a first page of each kind, and its peak under the `save` bench's 16
 * back-to-back writers for 5 s (sampled every 100 ms).
 * Prints {"bench":"server_memory","rss_mb_idle":…,"rss_mb_under_load":…}.
 * Goal: idle < 250 MB, under load < 400 MB. Run: npx tsx bench/server-memory.ts
 */
import { assertProductionBuild, startApp } from "./lib/app.ts";
import { signIn } from "./lib/auth.ts";
import { createBenchDatabase } from "./lib/database.ts";
import { keepAliveAgent } from "./lib/http.ts";
import { runBench } from "./lib/lifecycle.ts";
import { runLoad } from "./lib/load.ts";
import { emit } from "./lib/log.ts";
import { treeRssMb } from "./lib/rss.ts";
import { BENCH_PASSWORD } from "./lib/seed.ts";
import { idOf, trpcClient } from "./lib/trpc.ts";
import { nextSave, seedWriters } from "./lib/writers.ts";

const WRITERS = 16;

runBench(
  "server_memory",
  async () => {
    assertProductionBuild();
    const bench = await createBenchDatabase("server_memory");
    const writers = await seedWriters(bench.db, WRITERS);
    const app = await startApp(bench.url);
    const pid = app.child.process.pid ?? 0;
    const cookies = await Promise.all(writers.map((w) => signIn(app.port, w.user.email, BENCH_PASSWORD)));
    const agent = keepAliveAgent(WRITERS);
    const clients = cookies.map((cookie) => trpcClient(app.port, cookie, agent));
    const step = async (w: number) => {
      const writer = writers[w]!;
      writer.lastId = idOf(await clients[w]!.mutation("sections.save", nextSave(writer)));
    };
    // Every route the load uses has been compiled and loaded once; then let it settle.
    await runLoad({ writers: 1, seconds: 1, maxRequests: 5, step });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const idle = treeRssMb(pid);
    let peak = idle;
    const sampler = setInterval(() => {
      peak = Math.max(peak, treeRssMb(pid));
    }, 100);
    const load = await runLoad({ writers: WRITERS, seconds: 5, maxRequests: 20_000, step });
    clearInterval(sampler);
    peak = Math.max(peak, treeRssMb(pid));
    emit({
      bench: "server_memory",
      rss_mb_idle: idle,
      rss_mb_under_load: peak,
      saves_under_load: load.requests,
      goal_met: idle < 250 && peak < 400,
    });
  },
  { limitSeconds: 180 },
);
