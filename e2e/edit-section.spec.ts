import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import {
  createBrief,
  editor,
  history,
  openSection,
  outline,
  saveStatus,
  typeInSection,
} from "./support/briefs.ts";
import { expect, test } from "./support/fixtures.ts";
import { shareBrief } from "./support/share.ts";

test("an editor creates a brief, writes a section, and it is saved as a revision; a viewer reads it @smoke", async ({
  page,
  browser,
}) => {
  const country = uniqueCountry("Testland");
  await signIn(page, demo.editor);
  await createBrief(page, country);

  // Every template section is there, empty.
  await expect(
    outline(page).getByRole("link", { name: /^Visa Requirements for US Citizens to Visit\s*, empty/ }),
  ).toBeVisible();

  await openSection(page, "Crises");
  const sectionUrl = page.url();
  const sentence = `Drought and displacement are the crises to watch in ${country}.`;
  await typeInSection(page, sentence);
  await expect(saveStatus(page)).toHaveText("Saved");

  await page.reload();
  await expect(editor(page)).toContainText(sentence);
  await expect(history(page).getByText(/#1 · Elena Editor/)).toBeVisible();
  await expect(outline(page).getByRole("link", { name: /^Crises\s*, written/ })).toBeVisible();

  await shareBrief(page, demo.viewer, "Viewer");
  const viewerContext = await browser.newContext();
  const viewerPage = await viewerContext.newPage();
  await signIn(viewerPage, demo.viewer);
  await viewerPage.goto(sectionUrl);
  await expect(editor(viewerPage)).toContainText(sentence);
  await expect(editor(viewerPage)).toHaveAttribute("contenteditable", "false");
  await expect(viewerPage.getByText("Read only")).toBeVisible();
  await expect(viewerPage.getByRole("toolbar", { name: "Formatting" })).toHaveCount(0);
  await viewerContext.close();
});

test("Ctrl+S saves at once and formatting survives a reload; Ctrl+K in the text asks for a link", async ({
  page,
}) => {
  await signIn(page, demo.editor);
  await createBrief(page, uniqueCountry("Boldland"));
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+b");
  await page.keyboard.type("Bold claim");
  await page.keyboard.press("ControlOrMeta+b");
  await page.keyboard.type(" ");
  // The editor's own shortcut, not the command palette's.
  await page.keyboard.press("ControlOrMeta+k");
  await page.getByLabel("URL").fill("example.org");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.keyboard.press("ControlOrMeta+s");
  await expect(saveStatus(page)).toHaveText("Saved");
  await page.reload();
  await expect(editor(page).locator("strong")).toHaveText("Bold claim");
  await expect(editor(page).getByRole("link", { name: "example.org" })).toHaveAttribute(
    "href",
    "https://example.org",
  );
});

test("a parent section lists its subsections instead of an editor", async ({ page }) => {
  await signIn(page, demo.editor);
  const briefUrl = await createBrief(page, uniqueCountry("Treeland"));
  await page.goto(`${briefUrl}/historical-context`);
  await expect(page.getByRole("heading", { level: 1, name: "Historical Context" })).toBeVisible();
  await expect(
    page.getByRole("main").getByRole("link", { name: /Key Milestones in Bilateral Relations/ }),
  ).toBeVisible();
  await expect(editor(page)).toHaveCount(0);
});
