import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief, openSection, saveStatus, typeInSection } from "./support/briefs.ts";
import { expect, type Page, test } from "./support/fixtures.ts";

const table = (page: Page) => page.getByRole("table", { name: "Briefs" });
const countryLinks = (page: Page) => table(page).getByRole("row").getByRole("link");

test("the desk dashboard filters by country and status, sorts, and narrows to mine, all in the URL", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, demo.editor);
  const base = uniqueCountry("Deskland");
  await createBrief(page, `${base} Alpha`);
  await typeInSection(page, "Written first.");
  await expect(saveStatus(page)).toHaveText("Saved");
  await createBrief(page, `${base} Beta`);

  await page.goto("/");
  await page.getByRole("searchbox", { name: "Filter briefs" }).fill(base);
  await expect(page).toHaveURL(/q=Deskland/);
  await expect(countryLinks(page)).toHaveText([`${base} Beta`, `${base} Alpha`]);
  const alpha = table(page)
    .getByRole("row")
    .filter({ hasText: `${base} Alpha` });
  await expect(alpha.getByRole("progressbar", { name: `${base} Alpha filled` })).toHaveAttribute(
    "aria-valuenow",
    "1",
  );
  await expect(alpha).toContainText("40 empty");
  // The link opens the brief on its first section, without a redirecting page in between.
  await expect(alpha.getByRole("link")).toHaveAttribute("href", /^\/briefs\/\w+\/preface$/);
  await page.screenshot({ path: "/tmp/desk-dashboard.png", fullPage: true });

  // Sort by country: A→Z, then Z→A.
  await page.getByRole("button", { name: "Country" }).click();
  await expect(page).toHaveURL(/sort=country/);
  await expect(countryLinks(page)).toHaveText([`${base} Alpha`, `${base} Beta`]);
  await page.getByRole("button", { name: "Country" }).click();
  await expect(countryLinks(page)).toHaveText([`${base} Beta`, `${base} Alpha`]);
  await expect(page.getByRole("columnheader", { name: "Country" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );

  // Status: none of them is published.
  await page.getByLabel("Status").selectOption("PUBLISHED");
  await expect(page.getByText("No briefs match")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  // Clearing filters keeps the sort.
  await expect(page).toHaveURL(/\/\?sort=country&dir=desc$/);

  // Mine: the editor's own briefs are theirs; the viewer sees nothing of them.
  await page.goto(`/?q=${encodeURIComponent(base)}&mine=1`);
  await expect(page.getByRole("button", { name: "Mine" })).toHaveAttribute("aria-pressed", "true");
  await expect(countryLinks(page)).toHaveCount(2);
  await page.context().clearCookies(); // signed in, /signin would send the editor home
  await signIn(page, demo.viewer);
  await page.goto(`/?q=${encodeURIComponent(base)}`);
  await expect(page.getByText("No briefs match")).toBeVisible();
});

test("My work shows the sections I own", async ({ page }) => {
  await signIn(page, demo.editor);
  const country = uniqueCountry("Workland");
  const briefUrl = await createBrief(page, country);
  const briefId = briefUrl.split("/briefs/")[1]!;
  // Take the section from its header, write in it, and send it for review: what an owner does.
  await openSection(page, "Crises");
  await page.getByLabel("Owner:").selectOption({ label: "Elena Editor" });
  await expect(page.getByLabel("Owner:").locator("option:checked")).toHaveText("Elena Editor");
  await typeInSection(page, "A crisis worth reviewing.");
  await expect(saveStatus(page)).toHaveText("Saved");
  await page.getByRole("button", { name: "Request review…" }).click();
  const dialog = page.getByRole("dialog", { name: "Request review" });
  await dialog.getByRole("button", { name: "Request review" }).click();
  await expect(dialog).toBeHidden();

  await page.goto("/");
  await page.getByRole("link", { name: "My work" }).click();
  await expect(page).toHaveURL(/view=work/);
  const owned = page.getByRole("region", { name: /Sections you own/ });
  const row = owned.getByRole("listitem").filter({ hasText: country });
  await expect(row).toContainText("Crises");
  await expect(row).toContainText("In review");
  await page.screenshot({ path: "/tmp/desk-my-work.png", fullPage: true });
  await row.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/briefs/${briefId}/crises$`));
});
