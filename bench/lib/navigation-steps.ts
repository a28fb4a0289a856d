/**
 * The navigation bench's steps (bench/navigation.ts runs them once per database): the seeded brief,
 * and the timed walk through the app in a fresh Chromium.
 */
import type { Actor } from "@dossier/core";
import type { Db } from "@dossier/db";
import type { Page } from "@playwright/test";
import { launchChromium } from "./browser.ts";
import { sectionWords } from "./content.ts";
import { BENCH_PASSWORD, createBenchBrief, createUsers, type SeededBrief, save } from "./seed.ts";
import { percentile } from "./stats.ts";

/** Section switches timed per run. */
export const SWITCHES = 40;
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
 * Milliseconds from the click `act` makes until `ready(arg)` holds in the page (polled every
 * animation frame). Timed by the page's own clock, from the click event's timestamp: what a person
 * waits for, without the automation's work before the click (Playwright's actionability checks and
 * round trips cost 60–170 ms per click on a 2-core machine). Both ends are epoch milliseconds, and
 * the click's time is kept in sessionStorage, so a step that loads a new document is timed alike.
 * Falls back to the bench's clock if no click reached the page. Functions, not strings: the app's
 * Content-Security-Policy forbids evaluating strings.
 */
async function timed(
  page: Page,
  act: () => Promise<unknown>,
  ready: (arg: string) => number | false,
  arg = "",
): Promise<number> {
  const started = performance.now();
  await page.evaluate(ARM_CLICK_CLOCK);
  await act();
  const handle = await page.waitForFunction(ready, arg, { polling: "raf", timeout: 30_000 });
  const readyAt = Number(await handle.jsonValue());
  const clickAt = Number(await page.evaluate(() => sessionStorage.getItem("bench:click-at")));
  return clickAt > 0 && readyAt >= clickAt
    ? Math.round((readyAt - clickAt) * 10) / 10
    : performance.now() - started;
}

/** Records (epoch ms) when the next click reaches the page. */
const ARM_CLICK_CLOCK = () => {
  sessionStorage.removeItem("bench:click-at");
  document.addEventListener(
    "click",
    (event) => sessionStorage.setItem("bench:click-at", String(performance.timeOrigin + event.timeStamp)),
    { capture: true, once: true },
  );
};

/** The editor shows `text` and can be typed in. Each check answers the time (epoch ms) once it holds. */
const EDITOR_READY = (text: string) => {
  const el = document.querySelector('[aria-label="Section text"]');
  const ok = !!el && el.getAttribute("contenteditable") === "true" && (el.textContent ?? "").includes(text);
  return ok && performance.timeOrigin + performance.now();
};
/** A heading (h1/h2) reads exactly `name`. */
const HEADING_READY = (name: string) =>
  [...document.querySelectorAll("h1,h2")].some((h) => h.textContent?.trim() === name) &&
  performance.timeOrigin + performance.now();
/** An element with this aria-label is on the page. */
const LABELLED_READY = (label: string) =>
  document.querySelector(`[aria-label="${label}"]`) !== null && performance.timeOrigin + performance.now();

export type NavigationSeed = SeededBrief & { owner: Actor };

/**
 * One editor and a 41-section brief through the domain services: every leaf saved once, the first
 * twice (for the history and compare steps).
 */
export async function seedNavigation(db: Db): Promise<NavigationSeed> {
  const [owner] = await createUsers(db, "nav", 1, "EDITOR");
  if (!owner) throw new Error("no user");
  const { briefId, leaves } = await createBenchBrief(db, owner, COUNTRY);
  for (const [i, leaf] of leaves.entries()) await save(db, owner, leaf.id, null, leafDocument(leaf.key, i));
  // A second revision of the first section, for the history and compare steps.
  const first = leaves[0]!;
  const firstRevision = await db.section.findUniqueOrThrow({ where: { id: first.id } });
  await save(db, owner, first.id, firstRevision.currentRevisionId, leafDocument(first.key, 99));
  return { owner, briefId, leaves };
}

/** Every figure the bench prints per database (milliseconds), in the order printed. */
export const FIGURES = [
  "signin_to_dashboard_ms",
  "brief_open_cold_ms",
  "brief_open_warm_ms",
  "section_switch_p50_ms",
  "section_switch_p95_ms",
  "history_open_ms",
  "compare_ms",
  "versions_ms",
] as const;
export type NavigationFigures = Record<(typeof FIGURES)[number], number>;

/** Walks the app at `base` as the seeded editor, in a Chromium of its own; returns each step's time. */
export async function measureNavigation(base: string, seed: NavigationSeed): Promise<NavigationFigures> {
  const { owner, briefId, leaves } = seed;
  const first = leaves[0]!;
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
    return {
      signin_to_dashboard_ms: signinMs,
      brief_open_cold_ms: coldMs,
      brief_open_warm_ms: warmMs,
      section_switch_p50_ms: percentile(switches, 50),
      section_switch_p95_ms: percentile(switches, 95),
      history_open_ms: historyMs,
      compare_ms: compareMs,
      versions_ms: versionsMs,
    };
  } finally {
    await browser.close();
  }
}
