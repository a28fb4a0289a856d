import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief, editor, openSection, outline, saveStatus, typeInSection } from "./support/briefs.ts";
import { expect, test } from "./support/fixtures.ts";

// Issue 11: a section switch rendered the section's server page again (session, access, section,
// history, then the page tree), most of its time. From a section page the outline now opens
// sections in place; the address bar, title, outline, Back and reload still follow.
test("the outline opens sections in place: no server render, and address, title, Back and reload follow", async ({
  page,
}) => {
  await signIn(page, demo.editor);
  const country = uniqueCountry("Switchland");
  const briefUrl = await createBrief(page, country);
  await typeInSection(page, "Preface words.");
  await expect(saveStatus(page)).toHaveText("Saved");

  const rendered: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has("_rsc") || request.headers().rsc === "1") rendered.push(url.pathname);
  });
  await openSection(page, "Crises");
  await expect(page).toHaveURL(`${briefUrl}/crises`);
  await expect(page).toHaveTitle(`Crises · ${country} · Dossier`);
  await expect(outline(page).getByRole("link", { name: /^Crises\s*,/ })).toHaveAttribute(
    "aria-current",
    "page",
  );
  // Leaving with unsaved words: they are saved on the way out, and there when we come back.
  await typeInSection(page, "Crises words.");
  await openSection(page, "Frank Narrative");
  await expect(page).toHaveURL(`${briefUrl}/frank-narrative`);
  await page.goBack();
  await expect(page).toHaveURL(`${briefUrl}/crises`);
  await expect(editor(page)).toContainText("Crises words.");
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await page.goBack();
  await expect(editor(page)).toContainText("Preface words.");
  expect(rendered.filter((path) => path.startsWith(briefUrl.replace(/^https?:\/\/[^/]+/, "")))).toEqual([]);

  // A reload renders what the address names; the brief's other pages are ordinary links.
  await page.goForward();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Crises" })).toBeVisible();
  await expect(editor(page)).toContainText("Crises words.");
  await page.getByRole("link", { name: "Versions" }).click();
  await expect(page).toHaveURL(`${briefUrl}/versions`);
  await openSection(page, "Preface");
  await expect(editor(page)).toContainText("Preface words.");
  rendered.length = 0;
  // A group's list of sections and a section's breadcrumb open in place too, and never ask the
  // server for the pages they link to ahead of a click.
  await outline(page).getByRole("link", { name: "1. Overview" }).click();
  await page
    .getByRole("main")
    .getByRole("link", { name: /Democracy Score/ })
    .click();
  await expect(page).toHaveURL(`${briefUrl}/democracy-score`);
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await page
    .getByRole("navigation", { name: "Breadcrumb" })
    .getByRole("link", { name: "1. Overview" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "1. Overview" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(`${briefUrl}/democracy-score`);
  expect(rendered.filter((path) => path.startsWith(briefUrl.replace(/^https?:\/\/[^/]+/, "")))).toEqual([]);
});

// Seen trying it as a new user: a section's review bar arrived a moment after its text and pushed
// the editor down as the page settled (13 px on a desktop, 47 px on a phone, where it wraps).
test("a section's review bar comes with its text: in the server's page, and on a switch", async ({
  page,
}) => {
  await signIn(page, demo.editor);
  const briefUrl = await createBrief(page, uniqueCountry("Barland"));
  const html = await (await page.request.get(`${briefUrl}/crises`)).text();
  expect(html.includes('aria-label="Review"'), "the review bar in the server's HTML").toBe(true);

  // Crises is Preface's neighbour, fetched on arrival: its bar is there in the text's first frame.
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await page.waitForLoadState("networkidle");
  await outline(page)
    .getByRole("link", { name: /^Crises\s*,/ })
    .click();
  const firstFrame = await page.waitForFunction(
    () =>
      document.querySelector("h1")?.textContent?.trim() === "Crises" && {
        reviewBar: document.querySelector('fieldset[aria-label="Review"]') !== null,
      },
    null,
    { polling: "raf" },
  );
  expect(await firstFrame.jsonValue()).toEqual({ reviewBar: true });
});

// Seen trying it as a new user: on a fresh load of a section the outline moved down as the brief's
// Publish button arrived after hydration (41 px), and the editor as the review bar did (13 px).
test("a section page loaded afresh doesn't move as it settles", async ({ page }) => {
  await signIn(page, demo.editor);
  const briefUrl = await createBrief(page, uniqueCountry("Stillland"));
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { __shifts: string[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; sources?: { node?: Node }[] }[]) {
        if (entry.value < 0.001) continue; // sub-pixel rounding
        const nodes = (entry.sources ?? []).map((s) =>
          (s.node as Element | undefined)?.outerHTML.slice(0, 80),
        );
        shifts.push(`${entry.value.toFixed(3)}: ${nodes.join(" | ")}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`${briefUrl}/crises`);
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await expect(page.getByRole("button", { name: /Publish/ })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
});
