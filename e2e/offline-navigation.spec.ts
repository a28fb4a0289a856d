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

// Seen trying it as a new user: offline, Ctrl+K before the palette's code had been preloaded
// replaced the whole page with "Something went wrong".
test("offline, a palette whose code can't load says so, and the page stays", async ({
  page: signedIn,
  browser,
  errors,
}) => {
  errors.allow(/ChunkLoadError|Failed to load chunk/);
  await signIn(signedIn, demo.editor);
  // A context of its own: none of the palette's code in its HTTP cache (the dashboard may have
  // preloaded it).
  const context = await browser.newContext({ storageState: await signedIn.context().storageState() });
  const page = await context.newPage();
  await page.goto("/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
  await context.setOffline(true); // before the page is idle, when the palette's code is preloaded
  await page.keyboard.press("ControlOrMeta+k");
  const failed = page.getByRole("alert").filter({ hasText: "Search couldn't load" });
  await expect(failed).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(failed).toBeHidden();

  await context.setOffline(false);
  await page.keyboard.press("ControlOrMeta+k");
  await failed.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("dialog", { name: "Go to or search" })).toBeVisible();
  await context.close();
});

// Seen trying it as a new user: when the briefs couldn't be fetched, the palette said "No briefs yet."
test("the palette says it can't load the briefs rather than that there are none", async ({ page }) => {
  await signIn(page, demo.editor);
  await page.route(
    (url) => url.pathname.includes("briefs.list"),
    (route) => route.abort("internetdisconnected"),
  );
  await page.goto("/profile");
  await page.keyboard.press("ControlOrMeta+k");
  const palette = page.getByRole("dialog", { name: "Go to or search" });
  await expect(palette).toContainText("Couldn't load the briefs. Can't reach the server.");
  await expect(palette).not.toContainText("No briefs yet.");
});
