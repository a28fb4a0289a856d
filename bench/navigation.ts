/**
 * Navigation as a person feels it, in Chromium against the production build on PostgreSQL:
 * sign-in → dashboard, dashboard → a 41-section brief (cold: a fresh browser context; warm: the
 * same one again), section → section (40 switches through the outline, each until the editor
 * holds that section's text and is editable), opening a revision from the history panel,
 * comparing it with the previous one, and the versions page. Every step is timed from the click
 * to the moment its content is on screen, with `requestAnimationFrame` polling.
 * Prints {"bench":"navigation","signin_to_dashboard_ms":…,"brief_open_cold_ms":…,
 * "brief_open_warm_ms":…,"section_switch_p50_ms":…,"section_switch_p95_ms":…,"history_open_ms":…,
 * "compare_ms":…,"versions_ms":…}. Goals: switch p95 < 150 ms warm, brief open < 800 ms cold,
 * every other step < 500 ms. (The embedded database is not measured here: see README.)
 * Run: npx tsx bench/navigation.ts
 */
import type { Page } from "@playwright/test";
import { assertProductionBuild, startApp } from "./lib/app.ts";
import { launchChromium } from "./lib/browser.ts";
import { sectionWords } from "./lib/content.ts";
import { createBenchDatabase } from "./lib/database.ts";
import { runBench } from "./lib/lifecycle.ts";
import { emit, note } from "./lib/log.ts";
import { BENCH_PASSWORD, createBenchBrief, createUsers, save } from "./lib/seed.ts";
import { percentile, round } from "./lib/stats.ts";

const SWITCHES = 40;
const COUNTRY = "Navland";

const marker = (key: string) => `Marker ${key.replaceAll("-", " ")}.`;
const leafDocument = (key: string, seed: number) => ({
  type: "doc" as const,
  content: [
    { type: "paragraph" as const, content: [{ type: "text" as const, text: marker(key) }] },
    {
      type: "paragraph" as const,
      content: [{ type: "text" as const, text: sectionWords(seed, 120).join(" ") }],
    },
  ],
});

/**
 * Milliseconds from `act` until `ready(arg)` holds in the page, polled every animation frame.
 * Functions, not strings: the app's Content-Security-Policy forbids evaluating strings.
 */
async function timed(
  page: Page,
  act: () => Promise<unknown>,
  ready: (arg: string) => boolean,
  arg = "",
): Promise<number> {
  const started = performance.now();
  await act();
  await page.waitForFunction(ready, arg, { polling: "raf", timeout: 30_000 });
  return performance.now() - started;
}

/** The editor shows `text` and can be typed in. */
const EDITOR_READY = (text: string) => {
  const el = document.querySelector('[aria-label="Section text"]');
  return !!el && el.getAttribute("contenteditable") === "true" && (el.textContent ?? "").includes(text);
};
/** A heading (h1/h2) reads exactly `name`. */
const HEADING_READY = (name: string) =>
  [...document.querySelectorAll("h1,h2")].some((h) => h.textContent?.trim() === name);
/** An element with this aria-label is on the page. */
const LABELLED_READY = (label: string) => document.querySelector(`[aria-label="${label}"]`) !== null;

runBench(
  "navigation",
  async () => {
    assertProductionBuild();
    const bench = await createBenchDatabase("navigation");
    const [owner] = await createUsers(bench.db, "nav", 1, "EDITOR");
    if (!owner) throw new Error("no user");
    const { briefId, leaves } = await createBenchBrief(bench.db, owner, COUNTRY);
    for (const [i, leaf] of leaves.entries())
      await save(bench.db, owner, leaf.id, null, leafDocument(leaf.key, i));
    // A second revision of the first section, for the history and compare steps.
    const first = leaves[0]!;
    const firstRevision = await bench.db.section.findUniqueOrThrow({ where: { id: first.id } });
    const second = leafDocument(first.key, 99);
    await save(bench.db, owner, first.id, firstRevision.currentRevisionId, second);

    const app = await startApp(bench.url);
    const base = `http://127.0.0.1:${app.port}`;
    const browser = await launchChromium();
    try {
      // Sign-in → dashboard (the sign-in page itself already loaded).
      const signInContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const signIn = await signInContext.newPage();
      await signIn.goto(`${base}/signin`);
      await signIn.getByLabel("Email").fill(owner.email);
      await signIn.getByLabel("Password").fill(BENCH_PASSWORD);
      const signinMs = await timed(
        signIn,
        () => signIn.getByRole("button", { name: "Sign in" }).click(),
        LABELLED_READY,
        "Briefs",
      );
      const cookies = await signInContext.cookies();
      await signInContext.close();

      // Dashboard → brief, in a fresh context (cold), then again in the same one (warm).
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addCookies(cookies);
      const page = await context.newPage();
      const openBrief = async () => {
        await page.goto(`${base}/`);
        await page.getByRole("link", { name: COUNTRY, exact: true }).waitFor();
        return timed(
          page,
          () => page.getByRole("link", { name: COUNTRY, exact: true }).click(),
          EDITOR_READY,
          marker(first.key),
        );
      };
      const coldMs = await openBrief();
      const warmMs = await openBrief();

      // Section → section through the outline: forward through the brief, wrapping round.
      const switches: number[] = [];
      let at = 0;
      for (let i = 0; i < SWITCHES; i++) {
        at = (at + 1) % leaves.length;
        const leaf = leaves[at]!;
        const link = page.locator(`nav[aria-label="Sections"] a[href="/briefs/${briefId}/${leaf.key}"]`);
        switches.push(await timed(page, () => link.click(), EDITOR_READY, marker(leaf.key)));
      }

      // History: open revision #2 of the first section, compare it with #1, then the versions page.
      await page.locator(`nav[aria-label="Sections"] a[href="/briefs/${briefId}/${first.key}"]`).click();
      await page.waitForFunction(EDITOR_READY, marker(first.key), { polling: "raf" });
      const row = page.getByRole("list", { name: "Revisions" }).getByRole("button", { name: /^#2 ·/ });
      if (!(await row.isVisible())) {
        await page
          .getByRole("list", { name: "Revisions" })
          .getByRole("button", { name: /^Show \d+ saves$/ })
          .first()
          .click();
      }
      const historyMs = await timed(page, () => row.click(), HEADING_READY, "Revision #2");
      const compareMs = await timed(
        page,
        () => page.getByRole("button", { name: "Compare with previous" }).click(),
        LABELLED_READY,
        "Comparison",
      );
      const versionsMs = await timed(
        page,
        () => page.getByRole("link", { name: "Versions", exact: true }).first().click(),
        HEADING_READY,
        "Versions",
      );

      const result = {
        signin_to_dashboard_ms: round(signinMs),
        brief_open_cold_ms: round(coldMs),
        brief_open_warm_ms: round(warmMs),
        section_switch_p50_ms: round(percentile(switches, 50)),
        section_switch_p95_ms: round(percentile(switches, 95)),
        history_open_ms: round(historyMs),
        compare_ms: round(compareMs),
        versions_ms: round(versionsMs),
      };
      note(`${SWITCHES} section switches over ${leaves.length} sections`);
      emit({
        bench: "navigation",
        ...result,
        goal_met:
          result.section_switch_p95_ms < 150 &&
          result.brief_open_cold_ms < 800 &&
          [signinMs, warmMs, historyMs, compareMs, versionsMs].every((ms) => ms < 500),
      });
    } finally {
      await browser.close();
    }
  },
  { limitSeconds: 180 },
);
