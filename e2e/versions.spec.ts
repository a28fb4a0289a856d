import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief, saveStatus, typeInSection } from "./support/briefs.ts";
import { expect, type Page, test } from "./support/fixtures.ts";

async function stamp(page: Page, briefUrl: string, name: string, note?: string) {
  await page.goto(`${briefUrl}/versions`);
  await expect(page.getByRole("heading", { level: 1, name: "Versions" })).toBeVisible();
  await page.getByRole("button", { name: "Stamp version" }).click();
  const dialog = page.getByRole("dialog", { name: "Stamp a version" });
  await dialog.getByLabel("Version name").fill(name);
  if (note) await dialog.getByLabel("Note").fill(note);
  await dialog.getByRole("button", { name: "Stamp version" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("list", { name: "Named versions" }).getByRole("link", { name })).toBeVisible();
}

test("stamp v1, edit, stamp v2: the comparison shows the changed section with its diff", async ({ page }) => {
  await signIn(page, demo.editor);
  const briefUrl = await createBrief(page, uniqueCountry("Versionia"));
  await typeInSection(page, "The first draft says this.");
  await expect(saveStatus(page)).toHaveText("Saved");

  // The brief sidebar leads to the versions page.
  await page.getByRole("link", { name: "Versions", exact: true }).first().click();
  await expect(page).toHaveURL(/\/versions$/);
  await expect(page.getByText("No named versions yet")).toBeVisible();
  await stamp(page, briefUrl, "v1", "Sent to the Deputy");
  await expect(page.getByText("Sent to the Deputy", { exact: true })).toBeVisible();

  await page.goto(`${briefUrl}/preface`);
  await typeInSection(page, " The second draft adds this.");
  await expect(saveStatus(page)).toHaveText("Saved");
  await stamp(page, briefUrl, "v2");

  // Compare the two: one changed section, with the insertion marked; the rest folded away.
  await page.getByRole("link", { name: "Compare with previous" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Comparing v1 → v2" })).toBeVisible();
  const changed = page.getByRole("list", { name: "Changed sections" });
  await expect(changed.getByRole("listitem")).toHaveCount(1);
  const preface = changed.getByRole("region", { name: "Preface" });
  await expect(preface.locator("ins", { hasText: "The second draft adds this." })).toBeVisible();
  await expect(page.getByText(/^\d+ unchanged sections$/)).toBeVisible();

  // v1 against now is the same change; v1 itself reads as it was.
  await page.getByRole("combobox", { name: "To", exact: true }).selectOption({ label: "Now (current text)" });
  await expect(page.getByRole("heading", { level: 1, name: "Comparing v1 → now" })).toBeVisible();
  await expect(preface.locator("ins", { hasText: "The second draft adds this." })).toBeVisible();

  await page.goto(`${briefUrl}/versions`);
  await page.getByRole("link", { name: "v1", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "v1" })).toBeVisible();
  const brief = page.getByRole("article", { name: /at v1$/ });
  await expect(brief.getByRole("document", { name: "Preface" })).toHaveText("The first draft says this.");
  // Sections empty at that version are listed quietly, in order.
  await expect(brief.getByText("Crises · not written", { exact: true })).toBeVisible();
});
