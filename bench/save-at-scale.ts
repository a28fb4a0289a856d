/**
 * Does a save slow down as the database grows? The `save` bench's 16 back-to-back writers,
 * through HTTP → Next → tRPC → Prisma, against two schemas side by side: one holding only the
 * writers' brief, the other also 1,000 briefs × 10 sections × 100 revisions (1,000,000
 * revisions, seeded with generate_series: lib/bulk-briefs.ts). The two apps take turns in 1 s
 * slices so outside load hits both alike.
 * Prints {"bench":"save_at_scale","empty":{…},"scaled":{…},"revisions":…,"ratio":…};
 * ratio = empty saves/s ÷ scaled saves/s (1 = size makes no difference). Goal: ratio ≤ 1.2.
 */
import { parseDatabaseUrl } from "@dossier/db";
import { assertProductionBuild, startApp } from "./lib/app.ts";
import { signIn } from "./lib/auth.ts";
import { seedBriefs } from "./lib/bulk-briefs.ts";
import { createBenchDatabase } from "./lib/database.ts";
import { keepAliveAgent } from "./lib/http.ts";
import { runBench } from "./lib/lifecycle.ts";
import { type LoadSample, sampleLoad, summarize } from "./lib/load.ts";
import { emit, note } from "./lib/log.ts";
import { BENCH_PASSWORD } from "./lib/seed.ts";
import { round } from "./lib/stats.ts";
import { idOf, trpcClient } from "./lib/trpc.ts";
import { nextSave, seedWriters } from "./lib/writers.ts";

const WRITERS = 16;
const BRIEFS = 1_000;
const SECTIONS_PER_BRIEF = 10;
const REVISIONS = 1_000_000;
const SLICES = 5;
const WARMUP_SECONDS = 3;

runBench(
  "save_at_scale",
  async () => {
    assertProductionBuild();
    const sides = [];
    for (const label of ["empty", "scaled"] as const) {
      const bench = await createBenchDatabase(`save_${label}`);
      const writers = await seedWriters(bench.db, WRITERS);
      let revisions = await bench.db.revision.count();
      if (label === "scaled") {
        const started = performance.now();
        const brief = await bench.db.section.findUniqueOrThrow({
          where: { id: writers[0]!.sectionId },
          select: { briefId: true },
        });
        revisions += await seedBriefs(parseDatabaseUrl(bench.url).connectionString, bench.schema, {
          likeBriefId: brief.briefId,
          authorId: writers[0]!.user.id,
          briefs: BRIEFS,
          sectionsPerBrief: SECTIONS_PER_BRIEF,
          revisionsPerSection: Math.max(1, Math.round(REVISIONS / (BRIEFS * SECTIONS_PER_BRIEF))),
        });
        note(`seeded ${revisions} revisions in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }
      const app = await startApp(bench.url, { label });
      const cookies = await Promise.all(writers.map((w) => signIn(app.port, w.user.email, BENCH_PASSWORD)));
      const agent = keepAliveAgent(WRITERS);
      const clients = cookies.map((cookie) => trpcClient(app.port, cookie, agent));
      const step = async (w: number) => {
        const writer = writers[w]!;
        writer.lastId = idOf(await clients[w]!.mutation("sections.save", nextSave(writer)));
      };
      sides.push({ label, step, revisions, samples: [] as LoadSample[] });
    }
    for (const side of sides) {
      note(`${side.label}: warm-up ${WARMUP_SECONDS} s`);
      await sampleLoad({ writers: WRITERS, seconds: WARMUP_SECONDS, maxRequests: 20_000, step: side.step });
    }
    for (let slice = 0; slice < SLICES; slice++)
      for (const side of sides)
        side.samples.push(
          await sampleLoad({ writers: WRITERS, seconds: 1, maxRequests: 20_000, step: side.step }),
        );
    const [empty, scaled] = sides.map((side) => {
      const { rps, p50_ms, p95_ms, requests, errors } = summarize(side.samples);
      return { rps, p50_ms, p95_ms, requests, errors, revisions: side.revisions };
    });
    const ratio = round(empty!.rps / Math.max(0.01, scaled!.rps), 2);
    emit({
      bench: "save_at_scale",
      writers: WRITERS,
      empty,
      scaled,
      ratio,
      p95_ratio: round(scaled!.p95_ms / Math.max(0.01, empty!.p95_ms), 2),
      goal_met: ratio <= 1.2,
    });
  },
  { limitSeconds: 360 },
);
