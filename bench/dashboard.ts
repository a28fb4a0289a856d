/**
 * The desk dashboard (`briefs.list`) over 500 briefs of the default template (20,500 leaves, with
 * revisions, threads, owners, review states and freshness policies), through createCaller
 * (procedure → service → PostgreSQL, no HTTP): the first page (25 briefs, newest edit first) as an
 * admin, who sees every brief, and as a member of 10. Also timed: the first page sorted by stale
 * sections (every matching brief is counted before the page is cut) and a country search.
 * Prints one line per user: {"bench":"dashboard","as":"admin","briefs":500,"p50_ms":…,"p95_ms":…,
 * "stale_sort_p95_ms":…,"search_p95_ms":…}. Goal: p95 < 50 ms for both.
 * Run: npx tsx bench/dashboard.ts
 */
import { createCaller } from "@dossier/api";
import { seedReviewState } from "./lib/dashboard-state.ts";
import { seedDesk } from "./lib/desk.ts";
import { runBench } from "./lib/lifecycle.ts";
import { emit, note } from "./lib/log.ts";
import { percentile, round, timeInterleaved } from "./lib/stats.ts";

const BRIEFS = 500;
const MEMBER_BRIEFS = 10;
const RUNS = 40;

runBench(
  "dashboard",
  async () => {
    const { db, schema, connection, template, admin, members, member, started } = await seedDesk(
      "dashboard",
      {
        briefs: BRIEFS,
        wordsPerLeaf: 30,
        briefsPerMember: MEMBER_BRIEFS,
        threadsPerBrief: 4,
      },
    );
    await seedReviewState(connection, schema, {
      templateId: template.id,
      editorIds: members.map((m) => m.id),
    });
    const seedSeconds = (performance.now() - started) / 1000;
    note(`seeded ${BRIEFS} briefs with review state in ${seedSeconds.toFixed(1)} s`);

    const users = [
      { as: "admin", actor: admin },
      { as: `member_of_${MEMBER_BRIEFS}`, actor: member },
    ];
    const calls = users.flatMap(({ actor }) => {
      const api = createCaller({ db, user: actor });
      return [
        () => api.briefs.list({}),
        () => api.briefs.list({ sort: "stale" }),
        () => api.briefs.list({ search: "ma" }),
      ];
    });
    const times = await timeInterleaved(RUNS, 3, calls);
    for (const [u, { as, actor }] of users.entries()) {
      const [first = [], stale = [], search = []] = times.slice(u * 3, u * 3 + 3);
      const page = await createCaller({ db, user: actor }).briefs.list({});
      emit({
        bench: "dashboard",
        as,
        briefs: BRIEFS,
        runs: RUNS,
        rows: page.items.length,
        p50_ms: round(percentile(first, 50), 1),
        p95_ms: round(percentile(first, 95), 1),
        stale_sort_p95_ms: round(percentile(stale, 95), 1),
        search_p95_ms: round(percentile(search, 95), 1),
        seed_s: round(seedSeconds, 1),
      });
    }
  },
  { limitSeconds: 180 },
);
