import { expect, test } from "@playwright/test";
import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief, editor, openSection, saveStatus } from "./support/briefs.ts";

test("an editor creates a brief, writes a section, and it is saved as a revision @smoke", async ({
  page,
  browser,
}) => {
  const country = uniqueCountry("Testland");
  await signIn(page, demo.editor);
  const briefUrl = await createBrief(page, country);

  // Every template section is there, empty.
  const outline = page.getByRole("navigation", { name: "Outline" });
  await expect(
    outline.getByRole("link", { name: /Visa Requirements for US Citizens to Visit/ }),
  ).toBeVisible();

  await openSection(page, "Crises");
  const sectionUrl = page.url();
  const sentence = `Drought and displacement are the crises to watch in ${country}.`;
  await editor(page).click();
  await page.keyboard.type(sentence);
  await expect(saveStatus(page)).toHaveText("Saved");

  await page.reload();
  await expect(editor(page)).toContainText(sentence);
  const history = page.getByRole("region", { name: "Revisions" });
  await expect(history.getByText("#1")).toBeVisible();
  await expect(history.getByText("Elena Editor")).toBeVisible();

  // Share with the demo viewer, who then sees the text read-only.
  await page.getByRole("button", { name: "Share" }).click();
  await page.getByLabel("Email address").fill(demo.viewer);
  await page.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("dialog").getByText("Vera Viewer")).toBeVisible();

  const viewerContext = await browser.newContext();
  const viewerPage = await viewerContext.newPage();
  await signIn(viewerPage, demo.viewer);
  await viewerPage.goto(sectionUrl);
  await expect(editor(viewerPage)).toContainText(sentence);
  await expect(editor(viewerPage)).toHaveAttribute("contenteditable", "false");
  await expect(viewerPage.getByText("Read only")).toBeVisible();
  await expect(viewerPage.getByRole("toolbar", { name: "Formatting" })).toHaveCount(0);
  await viewerContext.close();
  expect(briefUrl).toContain("/briefs/");
});

test("Ctrl+S saves at once and formatting survives a reload", async ({ page }) => {
  await signIn(page, demo.editor);
  await createBrief(page, uniqueCountry("Boldland"));
  await openSection(page, "Preface");
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+b");
  await page.keyboard.type("Bold claim");
  await page.keyboard.press("ControlOrMeta+s");
  await expect(saveStatus(page)).toHaveText("Saved");
  await page.reload();
  await expect(editor(page).locator("strong")).toHaveText("Bold claim");
});
