import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief, editor, openSection } from "./support/briefs.ts";
import { expect, test } from "./support/fixtures.ts";

test("an org editor joins as Editor by default, roles change in place, and sections get owners", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const country = uniqueCountry("Ownia");
  await signIn(page, demo.editor);
  const briefUrl = await createBrief(page, country);

  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email address").fill(demo.analyst);
  await dialog.getByRole("button", { name: "Add" }).click();
  const omar = dialog.getByLabel("Access for Omar Analyst");
  await expect(omar).toHaveValue("EDITOR");
  await dialog.getByLabel("Email address").fill(demo.reviewer);
  await dialog.getByRole("button", { name: "Add" }).click();
  await expect(dialog.getByLabel("Access for Ravi Reviewer")).toHaveValue("REVIEWER");

  // In place: Omar down to Reviewer and back; Elena can't demote herself while the only manager.
  await omar.selectOption("REVIEWER");
  await expect(omar).toHaveValue("REVIEWER");
  await dialog.getByLabel("Access for Elena Editor").selectOption("VIEWER");
  await expect(dialog.getByRole("alert")).toContainText("last person who can manage this brief");
  await expect(dialog.getByLabel("Access for Elena Editor")).toHaveValue("EDITOR");
  await omar.selectOption("EDITOR");
  await expect(omar).toHaveValue("EDITOR");
  await page.screenshot({ path: "/tmp/briefs-share-roles.png" });
  await page.keyboard.press("Escape");

  // Omar watches the same section while Elena assigns it to him.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, demo.analyst);
  await other.goto(`${briefUrl}/crises`);
  await expect(other.getByLabel("Owner:")).toHaveValue("");

  await openSection(page, "Crises");
  const picker = page.getByLabel("Owner:");
  await expect(picker).toHaveValue("");
  const options = await picker.locator("option").allTextContents();
  expect(options).toEqual(["Unassigned", "Elena Editor", "Omar Analyst"]);
  await picker.selectOption({ label: "Omar Analyst" });
  await expect(picker.locator("option:checked")).toHaveText("Omar Analyst");
  await page.screenshot({ path: "/tmp/briefs-owner.png" });
  // Elena no longer edits Omar's section; Omar sees himself as its owner without reloading.
  await expect(page.getByText("Read only", { exact: true })).toBeVisible();
  await expect(editor(page)).toHaveAttribute("contenteditable", "false");
  await expect(other.getByLabel("Owner:").locator("option:checked")).toHaveText("Omar Analyst");
  await picker.selectOption({ label: "Unassigned" });
  await expect(other.getByLabel("Owner:").locator("option:checked")).toHaveText("Unassigned");
  await expect(editor(page)).toHaveAttribute("contenteditable", "true"); // hers to edit again
  await other.context().close();
});
