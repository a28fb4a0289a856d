/**
 * JavaScript a first visit downloads, as Chromium reports it (bytes on the wire, gzip as served by
 * the production build — not the build's own size report): the sign-in page, the dashboard, and
 * a brief's section page, each in a fresh browser context (empty cache) after signing in.
 * Prints {"bench":"page_weight","signin_js_kb_gz":…,"dashboard_js_kb_gz":…,"brief_page_js_kb_gz":…}.
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

/** Wire bytes of every script response while `visit` runs (Network.loadingFinished). */
async function scriptKb(page: Page, visit: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const scripts = new Set<string>();
  let bytes = 0;
  cdp.on("Network.responseReceived", (event) => {
    if (event.type === "Script") scripts.add(event.requestId);
  });
  cdp.on("Network.loadingFinished", (event) => {
    if (scripts.has(event.requestId)) bytes += event.encodedDataLength;
  });
  await visit();
  await page.waitForLoadState("networkidle");
  await cdp.detach();
  return round(bytes / 1024, 1);
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
      const signin = await scriptKb(signInPage, async () => {
        await signInPage.goto(`${base}/signin`);
      });
      await signInPage.getByLabel("Email").fill(owner.email);
      await signInPage.getByLabel("Password").fill(BENCH_PASSWORD);
      await signInPage.getByRole("button", { name: "Sign in" }).click();
      await signInPage.waitForURL((url) => !url.pathname.startsWith("/signin"), { timeout: 60_000 });
      const cookies = await signInPage.context().cookies();
      // Signed in, empty cache: the first visit of each page on its own.
      const visit = async (path: string) => {
        const context = await browser.newContext();
        await context.addCookies(cookies);
        const page = await context.newPage();
        const kb = await scriptKb(page, async () => {
          await page.goto(`${base}${path}`);
        });
        await context.close();
        return kb;
      };
      const dashboard = await visit("/");
      const brief = await visit(`/briefs/${briefId}/${key}`);
      note(
        `sign-in ${signin} KB, dashboard ${dashboard} KB, brief page ${brief} KB of scripts (gzip on the wire)`,
      );
      emit({
        bench: "page_weight",
        signin_js_kb_gz: signin,
        dashboard_js_kb_gz: dashboard,
        brief_page_js_kb_gz: brief,
        goal_met: brief <= 300 && signin <= 150,
      });
    } finally {
      await browser.close();
    }
  },
  { limitSeconds: 180 },
);
