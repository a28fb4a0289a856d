import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief, editor, history, openRevision, saveStatus, typeInSection } from "./support/briefs.ts";
import { type Browser, expect, type Page, test } from "./support/fixtures.ts";
import { shareBrief } from "./support/share.ts";

const OFFLINE = "Offline — changes kept on this device";

/** Replaces the text of paragraph `index` (0-based) of the section with `text`. */
async function rewriteParagraph(page: Page, index: number, text: string) {
  const paragraph = editor(page).locator("p").nth(index);
  await paragraph.click();
  await page.keyboard.press("End");
  await page.keyboard.press("Shift+Home");
  await page.keyboard.type(text);
}

/**
 * Elena writes two paragraphs in a fresh brief shared with Omar (both editors); Omar opens the
 * same section in his own browser. Returns both pages.
 */
async function twoEditors(browser: Browser, page: Page, base: string) {
  test.slow(); // two people, two browsers, a share and a reconnect
  await signIn(page, demo.editor);
  const briefUrl = await createBrief(page, uniqueCountry(base));
  await typeInSection(page, "First paragraph as agreed.");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Second paragraph as agreed.");
  await expect(saveStatus(page)).toHaveText("Saved");
  await shareBrief(page, demo.analyst, "Editor");

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, demo.analyst);
  await other.goto(`${briefUrl}/preface`);
  await expect(editor(other)).toContainText("Second paragraph as agreed.");
  return { other, context, briefUrl };
}

test("edits to different paragraphs made at the same time are merged, and both survive", async ({
  browser,
  page,
}) => {
  const { other, context } = await twoEditors(browser, page, "Mergeland");

  // Omar edits offline (his save waits), Elena saves meanwhile, then Omar reconnects.
  await context.setOffline(true);
  await rewriteParagraph(other, 1, "Second paragraph, reworded by Omar.");
  await expect(other.getByText(OFFLINE)).toBeVisible();
  await rewriteParagraph(page, 0, "First paragraph, reworded by Elena.");
  await expect(saveStatus(page)).toHaveText("Saved");
  await context.setOffline(false);

  await expect(saveStatus(other)).toHaveText("Saved");
  await expect(editor(other)).toContainText("First paragraph, reworded by Elena.");
  await expect(editor(other)).toContainText("Second paragraph, reworded by Omar.");
  await expect(other.getByText(/merged with revision #\d+/)).toBeVisible();

  await page.reload();
  await expect(editor(page)).toContainText("First paragraph, reworded by Elena.");
  await expect(editor(page)).toContainText("Second paragraph, reworded by Omar.");
  // A merged save credits both authors.
  await expect(history(page).getByText(/Omar Analyst & Elena Editor/)).toBeVisible();
  await expect(history(page).getByText("Merged", { exact: true })).toBeVisible();
  await context.close();
});

test("overlapping edits show the choose screen; keeping mine leaves both texts in history", async ({
  browser,
  page,
}) => {
  const { other, context } = await twoEditors(browser, page, "Clashland");

  await context.setOffline(true);
  await rewriteParagraph(other, 0, "Omar's take on the first paragraph.");
  await rewriteParagraph(page, 0, "Elena's take on the first paragraph.");
  await expect(saveStatus(page)).toHaveText("Saved");
  await context.setOffline(false);

  const screen = other.getByRole("dialog", { name: "This section changed while you were editing" });
  await expect(screen).toBeVisible();
  await expect(screen.getByRole("region", { name: "Your version" })).toContainText(
    "Omar's take on the first paragraph.",
  );
  const theirs = screen.getByRole("region", { name: "Current version" });
  await expect(theirs).toContainText("Elena's take on the first paragraph.");
  await expect(theirs).toContainText(/#\d+ · Elena Editor/);
  await expect(
    screen.getByRole("document", { name: "Differences between the versions" }).locator("ins"),
  ).toContainText(["Omar's"]);

  await screen.getByRole("button", { name: "Keep mine" }).click();
  await expect(screen).toBeHidden();
  await expect(editor(other)).toContainText("Omar's take on the first paragraph.");

  // Autosave resumes from the resolved revision.
  await typeInSection(other, " Settled.");
  await expect(saveStatus(other)).toHaveText("Saved");

  // Both texts are in the history: Elena's #2 and Omar's #3.
  await page.reload();
  await expect(editor(page)).toContainText("Omar's take on the first paragraph.");
  await expect(editor(page)).toContainText("Second paragraph as agreed. Settled.");
  const mine = history(page).getByText(/My version \(conflicted with #\d+\)/);
  await expect(mine).toBeVisible();
  const theirsNumber = Number((await mine.textContent())?.match(/#(\d+)/)?.[1]);
  await openRevision(page, theirsNumber);
  await expect(page.getByRole("document", { name: `Text of revision #${theirsNumber}` })).toContainText(
    "Elena's take on the first paragraph.",
  );
  await context.close();
});

test("a conflict can be settled with a merged text written by hand", async ({ browser, page }) => {
  const { other, context } = await twoEditors(browser, page, "Handmerge");

  await context.setOffline(true);
  await rewriteParagraph(other, 1, "Omar wants this ending.");
  await rewriteParagraph(page, 1, "Elena wants another ending.");
  await expect(saveStatus(page)).toHaveText("Saved");
  await context.setOffline(false);

  const screen = other.getByRole("dialog", { name: "This section changed while you were editing" });
  await screen.getByRole("button", { name: "Edit merged text" }).click();
  const merged = screen.getByRole("textbox", { name: "Merged text" });
  await expect(merged).toContainText("Elena wants another ending.");
  await merged.locator("p").nth(1).click();
  await other.keyboard.press("End");
  await other.keyboard.type(" Omar agrees.");
  await screen.getByRole("button", { name: "Save merged text" }).click();
  await expect(screen).toBeHidden();
  await expect(editor(other)).toContainText("Elena wants another ending. Omar agrees.");
  await expect(saveStatus(other)).toHaveText("Saved");
  await expect(history(other).getByText(/^Merged by hand with #\d+$/)).toBeVisible();
  await context.close();
});

test("offline edits are kept on the device and saved when the connection returns", async ({
  page,
  context,
}) => {
  await signIn(page, demo.editor);
  await createBrief(page, uniqueCountry("Offlinia"));
  await typeInSection(page, "Written online.");
  await expect(saveStatus(page)).toHaveText("Saved");

  await context.setOffline(true);
  await typeInSection(page, " Written on the train.");
  await expect(saveStatus(page)).toHaveText(OFFLINE);
  await page.waitForTimeout(2_000); // past the autosave delay: nothing is lost by waiting
  await expect(saveStatus(page)).toHaveText(OFFLINE);
  await context.setOffline(false);
  await expect(saveStatus(page)).toHaveText("Saved");

  await page.reload();
  await expect(editor(page)).toContainText("Written online. Written on the train.");
});

test("unsaved changes from a closed tab are offered back and saved on their original revision", async ({
  page,
  context,
}) => {
  await signIn(page, demo.editor);
  const briefUrl = await createBrief(page, uniqueCountry("Draftland"));
  await typeInSection(page, "Saved before the tab closed.");
  await expect(saveStatus(page)).toHaveText("Saved");

  await context.setOffline(true);
  await typeInSection(page, " Typed while offline, then the tab closed.");
  await expect(saveStatus(page)).toHaveText(OFFLINE);
  await page.waitForTimeout(2_000);
  await page.close({ runBeforeUnload: false });
  await context.setOffline(false);

  const again = await context.newPage();
  await again.goto(`${briefUrl}/preface`);
  await expect(editor(again)).toHaveText("Saved before the tab closed.");
  const offer = again.getByText(/^You have unsaved changes from \d{2}:\d{2}/);
  await expect(offer).toBeVisible();
  await again.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(offer).toBeHidden();
  await expect(editor(again)).toContainText(
    "Saved before the tab closed. Typed while offline, then the tab closed.",
  );
  await expect(saveStatus(again)).toHaveText("Saved");
  await again.reload();
  await expect(editor(again)).toContainText("Typed while offline, then the tab closed.");
  await expect(again.getByText(/^You have unsaved changes/)).toHaveCount(0);
});
