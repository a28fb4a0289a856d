/**
 * Navigation as a person feels it, in Chromium against the production build on PostgreSQL:
 * sign-in → dashboard, dashboard → a 41-section brief (cold: a fresh browser context; warm: the
 * same one again), section → section (40 switches through the outline, each until the editor
 * holds that section's text and is editable), opening a revision from the history panel,
 * comparing it with the previous one, and the versions page. Every step is timed from the click
 * to the moment its content is on screen, with `requestAnimationFrame` polling (the steps are in
 * lib/navigation-steps.ts).
 * Prints {"bench":"navigation","signin_to_dashboard_ms":…,"brief_open_cold_ms":…,
 * "brief_open_warm_ms":…,"section_switch_p50_ms":…,"section_switch_p95_ms":…,"history_open_ms":…,
 * "compare_ms":…,"versions_ms":…}. Goals: switch p95 < 150 ms warm, brief open < 800 ms cold,
 * every other step < 500 ms. (The embedded database is not measured here: see README.)
 * Run: npx tsx bench/navigation.ts
 */
import { assertProductionBuild, startApp } from "./lib/app.ts";
import { createBenchDatabase } from "./lib/database.ts";
import { runBench } from "./lib/lifecycle.ts";
import { emit, note } from "./lib/log.ts";
import { FIGURES, measureNavigation, SWITCHES, seedNavigation } from "./lib/navigation-steps.ts";
import { round } from "./lib/stats.ts";

runBench(
  "navigation",
  async () => {
    assertProductionBuild();
    const bench = await createBenchDatabase("navigation");
    const seed = await seedNavigation(bench.db);
    const app = await startApp(bench.url);
    const figures = await measureNavigation(`http://127.0.0.1:${app.port}`, seed);
    note(`${SWITCHES} section switches over ${seed.leaves.length} sections`);
    emit({
      bench: "navigation",
      ...Object.fromEntries(FIGURES.map((key) => [key, round(figures[key])])),
      goal_met:
        figures.section_switch_p95_ms < 150 &&
        figures.brief_open_cold_ms < 800 &&
        (
          [
            "signin_to_dashboard_ms",
            "brief_open_warm_ms",
            "history_open_ms",
            "compare_ms",
            "versions_ms",
          ] as const
        ).every((key) => figures[key] < 500),
    });
  },
  { limitSeconds: 180 },
);
