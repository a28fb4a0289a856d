import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief, editor, openSection, outline, saveStatus, typeInSection } from "./support/briefs.ts";
import { expect, test } from "./support/fixtures.ts";

// Issue 11: clicking the outline offline left the app for the browser's "no internet" page.
test("offline, sections already seen open from the device and others say so in the app", async ({
  page,
  context,
}) => {
  await signIn(page, demo.editor);
  await createBrief(page, uniqueCountry("Offlinia"));
  await typeInSection(page, "Preface words.");
  await expect(saveStatus(page)).toHaveText("Saved");
  await openSection(page, "Crises");
  await typeInSection(page, "Crises words.");
  await expect(saveStatus(page)).toHaveText("Saved");
  await openSection(page, "Preface");
  await expect(editor(page)).toContainText("Preface words.");
  const preface = page.url();

  await context.setOffline(true);
  // Seen a moment ago: it opens, with its text, without the network.
  await outline(page)
    .getByRole("link", { name: /^Crises/ })
    .click();
  await expect(page).toHaveURL(/\/crises$/);
  await expect(editor(page)).toContainText("Crises words.");
  // Never opened on this device: the app stays, and says why.
  await outline(page)
    .getByRole("link", { name: /^Frank Narrative/ })
    .click();
  const notice = page.getByRole("status").filter({ hasText: "You're offline" });
  await expect(notice).toContainText("that page isn't on this device yet");
  await expect(page).toHaveURL(/\/crises$/);
  await expect(editor(page)).toContainText("Crises words.");
  await page.screenshot({ path: "/tmp/offline-navigation.png" });
  await page.goBack();
  await expect(page).toHaveURL(preface);
  await expect(editor(page)).toContainText("Preface words.");

  // Online again: the notice goes and every page opens.
  await context.setOffline(false);
  await expect(notice).toBeHidden();
  await outline(page)
    .getByRole("link", { name: /^Frank Narrative/ })
    .click();
  await expect(page).toHaveURL(/\/frank-narrative$/);
  await expect(editor(page)).toBeVisible();
});
