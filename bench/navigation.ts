/**
 * Navigation as a person feels it, in Chromium against the production build — on PostgreSQL, then
 * the same steps again on the embedded database (PGlite behind pglite-server, run as `npm start`
 * runs it: DOSSIER_EMBEDDED=1, one connection): sign-in → dashboard, dashboard → a 41-section brief
 * (cold: a fresh browser context; warm: the same one again), section → section (40 switches through
 * the outline, each until the editor holds that section's text and is editable), opening a revision
 * from the history panel, comparing it with the previous one, and the versions page. Every step is
 * timed from the click to the moment its content is on screen, with `requestAnimationFrame` polling.
 * Each database gets its own seeded brief, server and Chromium (lib/navigation-steps.ts).
 * Prints {"bench":"navigation","signin_to_dashboard_ms":…,"brief_open_cold_ms":…,
 * "brief_open_warm_ms":…,"section_switch_p50_ms":…,"section_switch_p95_ms":…,"history_open_ms":…,
 * "compare_ms":…,"versions_ms":…,"goal_met":…} for PostgreSQL, plus "embedded":{…the same figures…},
 * "embedded_ratio":{…embedded ÷ PostgreSQL per figure…} and "embedded_ratio_max".
 * Goals: switch p95 < 150 ms warm, brief open < 800 ms cold, every other step < 500 ms (on
 * PostgreSQL: `goal_met`); on the embedded database, within 2× of PostgreSQL (embedded_ratio_max ≤ 2).
 * Run: npx tsx bench/navigation.ts
 */
import { assertProductionBuild, startApp } from "./lib/app.ts";
import { type BenchDatabase, createBenchDatabase, createEmbeddedBenchDatabase } from "./lib/database.ts";
import { runBench } from "./lib/lifecycle.ts";
import { emit, note } from "./lib/log.ts";
import {
  FIGURES,
  measureNavigation,
  type NavigationFigures,
  SWITCHES,
  seedNavigation,
} from "./lib/navigation-steps.ts";
import { round } from "./lib/stats.ts";

/** Seeds `bench`, serves it with a production server of its own, walks it, then stops both. */
async function navigateOn(
  bench: BenchDatabase,
  options: { label: string; embedded: boolean },
): Promise<NavigationFigures> {
  const started = performance.now();
  const seed = await seedNavigation(bench.db);
  await bench.db.$disconnect(); // the app is the only client while it is measured, as in `npm start`
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  note(
    `${options.label}: seeded in ${seconds} s; ${SWITCHES} section switches over ${seed.leaves.length} sections`,
  );
  const app = await startApp(bench.url, options);
  try {
    return await measureNavigation(`http://127.0.0.1:${app.port}`, seed);
  } finally {
    await app.child.stop();
    await bench.drop();
  }
}

/** `fn` of each figure, keyed and ordered as printed. */
const mapFigures = (fn: (key: (typeof FIGURES)[number]) => number) =>
  Object.fromEntries(FIGURES.map((key) => [key, fn(key)])) as NavigationFigures;

runBench(
  "navigation",
  async () => {
    assertProductionBuild();
    const postgres = await navigateOn(await createBenchDatabase("navigation"), {
      label: "next",
      embedded: false,
    });
    const embedded = await navigateOn(await createEmbeddedBenchDatabase("navigation"), {
      label: "next-embedded",
      embedded: true,
    });
    const ratio = mapFigures((key) => round(embedded[key] / postgres[key], 2));
    emit({
      bench: "navigation",
      ...mapFigures((key) => round(postgres[key])),
      goal_met:
        postgres.section_switch_p95_ms < 150 &&
        postgres.brief_open_cold_ms < 800 &&
        (
          [
            "signin_to_dashboard_ms",
            "brief_open_warm_ms",
            "history_open_ms",
            "compare_ms",
            "versions_ms",
          ] as const
        ).every((key) => postgres[key] < 500),
      embedded: mapFigures((key) => round(embedded[key])),
      embedded_ratio: ratio,
      embedded_ratio_max: Math.max(...Object.values(ratio)),
    });
  },
  { limitSeconds: 240 },
);
