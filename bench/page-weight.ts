/**
 * JavaScript a first visit downloads, as Chromium reports it (bytes on the wire, gzip as served by
 * the production build — not the build's own size report): the sign-in page, the dashboard, and
 * a brief's section page, each in a fresh browser context (empty cache) after signing in.
 * The figures are the first load: scripts requested until the page is usable (hydrated; for the
 * section page, the editor editable). `with_prefetch` adds what the page fetches afterwards for
 * the next click (route prefetches), until the network is idle.
 * Prints {"bench":"page_weight","signin_js_kb_gz":…,"dashboard_js_kb_gz":…,"brief_page_js_kb_gz":…,
 * "with_prefetch":{…}}.
 * Goals: brief page ≤ 300 KB, sign-in ≤ 150 KB. Run: npx tsx bench/page-weight.ts
 */
import type { Page } from "@playwright/test";
import { assertProductionBuild, startApp } from "./lib/app.ts";
import { launchChromium } from "./lib/browser.ts";
import { benchDocument, sectionWords } from "./lib/content.ts";
import { createBenchDatabase } from "./lib/database.ts";
import { runBench } from "./lib/lifecycle.ts";
import { emit, note } from "./lib/log.ts";
import { BENCH_PASSWORD, createBenchBrief, createUsers, save } from "./lib/seed.ts";
import { round } from "./lib/stats.ts";

type Weight = { first: number; total: number };

/**
 * Wire bytes of script responses around a visit: `first`, those requested before the page was
 * usable (`ready` resolved: its content on screen and hydrated), and `total`, everything until the
 * network is idle — which adds what the page prefetches for the next click (the outline's
 * neighbouring sections, the dashboard's briefs), not needed to show this page.
 */
async function scriptKb(
  page: Page,
  visit: () => Promise<void>,
  ready: () => Promise<unknown>,
): Promise<Weight> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const early = new Set<string>();
  const scripts = new Map<string, string>();
  const sizes: string[] = [];
  let usable = false;
  let first = 0;
  let total = 0;
  cdp.on("Network.requestWillBeSent", (event) => {
    if (!usable) early.add(event.requestId);
  });
  cdp.on("Network.responseReceived", (event) => {
    if (event.type === "Script") scripts.set(event.requestId, event.response.url);
  });
  cdp.on("Network.loadingFinished", (event) => {
    const url = scripts.get(event.requestId);
    if (url === undefined) return;
    total += event.encodedDataLength;
    sizes.push(
      `${round(event.encodedDataLength / 1024, 1)} KB ${url.split("/").at(-1)}${early.has(event.requestId) ? "" : " (after)"}`,
    );
    if (early.has(event.requestId)) first += event.encodedDataLength;
  });
  await visit();
  await ready();
  usable = true;
  await page.waitForLoadState("networkidle");
  await cdp.detach();
  // `npx tsx bench/page-weight.ts --detail`: every script, to find what to split (see .next/static/chunks).
  if (process.argv.includes("--detail")) note(`  ${page.url()}\n    ${sizes.join("\n    ")}`);
  return { first: round(first / 1024, 1), total: round(total / 1024, 1) };
}

/** Hydrated: React has attached its props to the element (what a click needs to do anything). */
async function hydrated(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (css) => {
      const el = document.querySelector(css);
      return !!el && Object.keys(el).some((key) => key.startsWith("__reactProps"));
    },
    selector,
    { polling: "raf", timeout: 60_000 },
  );
}

runBench(
  "page_weight",
  async () => {
    assertProductionBuild();
    const bench = await createBenchDatabase("page_weight");
    const [owner] = await createUsers(bench.db, "weight", 1, "EDITOR");
    if (!owner) throw new Error("no user");
    const { briefId, leaves } = await createBenchBrief(bench.db, owner, "Weightland");
    const leaf = leaves[0]!;
    await save(bench.db, owner, leaf.id, null, benchDocument(sectionWords(7)));
    const key = leaf.key;
    const app = await startApp(bench.url);
    const base = `http://127.0.0.1:${app.port}`;
    const browser = await launchChromium();
    try {
      const fresh = async () => (await browser.newContext()).newPage();
      const signInPage = await fresh();
      const signin = await scriptKb(
        signInPage,
        async () => {
          await signInPage.goto(`${base}/signin`);
        },
        () => hydrated(signInPage, "form"),
      );
      await signInPage.getByLabel("Email").fill(owner.email);
      await signInPage.getByLabel("Password").fill(BENCH_PASSWORD);
      await signInPage.getByRole("button", { name: "Sign in" }).click();
      await signInPage.waitForURL((url) => !url.pathname.startsWith("/signin"), { timeout: 60_000 });
      const cookies = await signInPage.context().cookies();
      // Signed in, empty cache: the first visit of each page on its own.
      const visit = async (path: string, readySelector: string, options: { mountedBy?: "editor" } = {}) => {
        const context = await browser.newContext();
        await context.addCookies(cookies);
        const page = await context.newPage();
        const kb = await scriptKb(
          page,
          async () => {
            await page.goto(`${base}${path}`);
          },
          () =>
            options.mountedBy
              ? page.locator(readySelector).waitFor({ timeout: 60_000 })
              : hydrated(page, readySelector),
        );
        await context.close();
        return kb;
      };
      const dashboard = await visit("/", "table");
      // The editor's element is ProseMirror's, not React's: editable means mounted after hydration.
      const brief = await visit(
        `/briefs/${briefId}/${key}`,
        '[aria-label="Section text"][contenteditable="true"]',
        {
          mountedBy: "editor",
        },
      );
      note(
        `scripts (gzip on the wire), first load / with what the page prefetches: sign-in ${signin.first} / ${signin.total} KB, ` +
          `dashboard ${dashboard.first} / ${dashboard.total} KB, brief page ${brief.first} / ${brief.total} KB`,
      );
      emit({
        bench: "page_weight",
        signin_js_kb_gz: signin.first,
        dashboard_js_kb_gz: dashboard.first,
        brief_page_js_kb_gz: brief.first,
        with_prefetch: { signin: signin.total, dashboard: dashboard.total, brief_page: brief.total },
        goal_met: brief.first <= 300 && signin.first <= 150,
      });
    } finally {
      await browser.close();
    }
  },
  { limitSeconds: 180 },
);
