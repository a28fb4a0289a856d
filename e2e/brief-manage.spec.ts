import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief, editor, openSection } from "./support/briefs.ts";
import { expect, test } from "./support/fixtures.ts";

test("an editor renames a brief, is warned about a second brief for a country, archives and restores it", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const country = uniqueCountry("Renamia");
  await signIn(page, demo.editor);
  const briefUrl = await createBrief(page, country);

  await page.getByRole("button", { name: "Brief actions" }).click();
  await page.getByRole("menuitem", { name: "Rename…" }).click();
  const dialog = page.getByRole("dialog", { name: "Rename brief" });
  await dialog.getByLabel("Title").fill(`${country} — 2027 edition`);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toHaveCount(0);
  const outlineHeader = page.getByRole("complementary", { name: "Brief outline" });
  await expect(outlineHeader.getByText(`${country} — 2027 edition`)).toBeVisible();

  // A second brief for the same country: a warning that links to the first, creation still allowed.
  await page.goto("/");
  await page.getByRole("button", { name: "New brief" }).click();
  await page.getByLabel("Country").fill(country);
  const warning = page.getByRole("status").filter({ hasText: "already exists" });
  await expect(warning).toContainText(`A brief for ${country} already exists`);
  await expect(warning.getByRole("link", { name: `${country} — 2027 edition` })).toHaveAttribute(
    "href",
    briefUrl.replace(/^https?:\/\/[^/]+/, ""),
  );
  await page.screenshot({ path: "/tmp/briefs-duplicate-warning.png" });
  await page.keyboard.press("Escape");

  // Archive: read-only banner, hidden from the dashboard, restorable.
  await page.goto(briefUrl);
  await openSection(page, "Crises");
  await page.getByRole("button", { name: "Brief actions" }).click();
  await page.getByRole("menuitem", { name: "Archive" }).click();
  const banner = page.getByRole("status").filter({ hasText: "Archived — read-only" });
  await expect(banner).toBeVisible();
  await expect(page.getByText("Read only", { exact: true })).toBeVisible();
  await expect(editor(page)).toHaveAttribute("contenteditable", "false");
  await page.screenshot({ path: "/tmp/briefs-archived.png" });
  await page.goto("/");
  await expect(page.getByText(country, { exact: true })).toHaveCount(0);
  await page.goto(briefUrl);
  await banner.getByRole("button", { name: "Restore" }).click();
  await expect(banner).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByText(country, { exact: true }).first()).toBeVisible();
});

test("only an admin can delete a brief, by typing its title", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const country = uniqueCountry("Deletia");
  await signIn(page, demo.editor);
  const briefUrl = await createBrief(page, country);
  await page.getByRole("button", { name: "Brief actions" }).click();
  await expect(page.getByRole("menuitem", { name: "Delete…" })).toHaveCount(0);
  await page.keyboard.press("Escape");

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.admin);
  await admin.goto(briefUrl);
  await admin.getByRole("button", { name: "Brief actions" }).click();
  await admin.getByRole("menuitem", { name: "Delete…" }).click();
  const confirm = admin.getByRole("alertdialog", { name: "Delete this brief?" });
  const title = `${country}: Strategic U.S. Foreign Policy Analysis`;
  await confirm.getByLabel("Type the brief's title to confirm").fill(country);
  await confirm.getByRole("button", { name: "Delete brief" }).click();
  await expect(confirm).toBeVisible();
  await confirm.getByLabel("Type the brief's title to confirm").fill(title);
  await admin.screenshot({ path: "/tmp/briefs-delete.png" });
  await confirm.getByRole("button", { name: "Delete brief" }).click();
  await expect(admin).toHaveURL(/\/$/);
  await expect(admin.getByText(country, { exact: true })).toHaveCount(0);
  const gone = await admin.goto(briefUrl);
  expect(gone?.status()).toBe(404);
  await admin.context().close();
});
