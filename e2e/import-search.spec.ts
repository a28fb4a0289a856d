import { fileURLToPath } from "node:url";
import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { openSection, outline } from "./support/briefs.ts";
import { expect, type Page, test } from "./support/fixtures.ts";

const fixturePath = fileURLToPath(new URL("../fixtures/mali-brief.md", import.meta.url));

/** Imports the Mali fixture through the dashboard's "Import Markdown" page as `country`. */
async function importThroughUi(page: Page, country: string, screenshot?: string) {
  await page.goto("/");
  await page.getByRole("link", { name: "Import Markdown" }).click();
  await expect(page).toHaveURL(/\/import$/);
  await page.getByLabel("Markdown file", { exact: true }).setInputFiles(fixturePath);

  // The preview: every heading matched, which sections fill and which stay empty.
  await expect(page.getByText("Every heading of the file matched a section.")).toBeVisible();
  const create = page.getByRole("complementary", { name: "Create the brief" });
  await expect(create.getByText("mali-brief.md", { exact: true })).toBeVisible();
  await expect(create).toContainText(/\d+ of 41 sections get text/);
  await expect(page.getByLabel("Country", { exact: true })).toHaveValue("Mali");
  const sections = page.getByRole("region", { name: "Sections" });
  const crises = sections.getByRole("group", { name: "Crises", exact: true });
  await expect(crises).toContainText("from “Crises");
  await crises.locator("summary").click();
  await expect(crises.getByRole("document", { name: "Crises as it will be imported" })).toContainText(
    "Wagner Group",
  );
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });

  await page.getByLabel("Country", { exact: true }).fill(country);
  await create.getByRole("button", { name: "Create brief" }).click();
  await expect(page).toHaveURL(/\/briefs\/[^/]+\/preface$/);
  return page.url().replace(/\/preface$/, "");
}

test("import the fixture, then Ctrl+K → “Wagner Group” lands on Crises with the words highlighted", async ({
  page,
}) => {
  await signIn(page, demo.editor);
  const country = uniqueCountry("Importia");
  const briefUrl = await importThroughUi(page, country, "/tmp/find-import-preview.png");
  await expect(page.getByRole("heading", { level: 1, name: "Preface" })).toBeVisible();
  await openSection(page, "Country Profile");

  await page.keyboard.press("ControlOrMeta+k");
  const palette = page.getByRole("dialog", { name: "Go to or search" });
  await expect(palette).toBeVisible();
  await page.keyboard.type("Wagner Group");
  const hit = palette.getByRole("option").filter({ hasText: `Crises · ${country}` });
  await expect(hit).toBeVisible();
  await expect(
    hit
      .locator("mark")
      .filter({ hasText: /^Wagner$/ })
      .first(),
  ).toBeVisible();
  await expect(palette.getByRole("option", { name: /Search for “Wagner Group”/ })).toBeVisible();
  await page.screenshot({ path: "/tmp/find-palette.png" });
  await hit.click();

  await expect(page).toHaveURL(new RegExp(`^${briefUrl}/crises\\?highlight=[a-z+]*wagner`));
  await expect(page.getByRole("heading", { level: 1, name: "Crises" })).toBeVisible();
  // The matched words (the search stems: "group" also finds "groups"), the first one in view.
  const marks = page.getByRole("textbox", { name: "Section text" }).locator("mark.search-hit");
  await expect(marks.filter({ hasText: /^Wagner$/ }).first()).toBeVisible();
  await expect(marks.filter({ hasText: /^Group$/ }).first()).toBeVisible();
  await expect(marks.first()).toBeInViewport();
});

test("the palette works from the keyboard alone: go to a section by its title", async ({ page }) => {
  await signIn(page, demo.editor);
  const country = uniqueCountry("Keyland");
  const briefUrl = await importThroughUi(page, country);
  await page.keyboard.press("ControlOrMeta+k");
  const palette = page.getByRole("dialog", { name: "Go to or search" });
  await page.keyboard.type(`${country} frank`);
  await expect(palette.getByRole("option").first()).toContainText(`Frank Narrative · ${country}`);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${briefUrl}/frank-narrative`);
  await expect(palette).toBeHidden();

  // Esc closes it; Ctrl+K again opens it empty, listing briefs.
  await page.keyboard.press("ControlOrMeta+k");
  await expect(palette.getByRole("combobox")).toHaveValue("");
  await page.keyboard.press("Escape");
  await expect(palette).toBeHidden();
});

test("the results page: two groups, highlighted snippets, links to the section", async ({ page }) => {
  await signIn(page, demo.editor);
  const country = uniqueCountry("Resultia");
  const briefUrl = await importThroughUi(page, country);

  const box = page.getByRole("searchbox", { name: "Search briefs" });
  await box.fill('"Wagner Group"');
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=%22Wagner\+Group%22$/);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  const sections = page.getByRole("region", { name: /Sections/ });
  const hit = sections.getByRole("link").filter({ hasText: country });
  await expect(hit).toContainText("Crises");
  await expect(
    hit
      .locator("mark")
      .filter({ hasText: /^Wagner$/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: /Comments/ })).toContainText("No comment mentions");
  await page.screenshot({ path: "/tmp/find-results.png", fullPage: true });
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`^${briefUrl}/crises\\?highlight=[a-z+]*wagner`));

  // Nothing found: a clear empty state.
  await page.goto("/search?q=zzqqxxnothing");
  await expect(page.getByText("No section mentions “zzqqxxnothing”")).toBeVisible();
});

test("the outline filters by section title as you type; Esc clears", async ({ page }) => {
  await signIn(page, demo.editor);
  await importThroughUi(page, uniqueCountry("Filteria"));
  const filter = page.getByRole("textbox", { name: "Filter sections" });
  await filter.fill("milest");
  await expect(outline(page).getByRole("link")).toHaveText([
    /Overview/,
    /Historical Context/,
    /Key Milestones in Bilateral Relations/,
  ]);
  await filter.fill("no such title");
  await expect(page.getByText("No section title contains “no such title”.")).toBeVisible();
  await filter.press("Escape");
  await expect(filter).toHaveValue("");
  await expect(outline(page).getByRole("link", { name: /^Crises\s*,/ })).toBeVisible();
});

test("a heading that matches no section is reported and can be sent elsewhere", async ({ page }) => {
  await signIn(page, demo.editor);
  await page.goto("/import");
  await page
    .getByLabel("Or paste the brief's Markdown")
    .fill("# Testland\n\n## Crises\n\nDrought in the north.\n\n## Annex: Maps\n\nThe map of the region.\n");
  await page.getByRole("button", { name: "Preview" }).click();
  const unmatched = page.getByRole("region", { name: "1 part matched no section" });
  await expect(unmatched).toContainText("“Annex: Maps”");
  const sections = page.getByRole("region", { name: "Sections" });
  await expect(sections.getByRole("group", { name: "Crises", exact: true })).toContainText("+ “Annex: Maps”");

  await unmatched.getByRole("combobox").selectOption({ label: "Preface" });
  await expect(sections.getByRole("group", { name: "Preface", exact: true })).toContainText(
    "+ “Annex: Maps”",
  );
});
