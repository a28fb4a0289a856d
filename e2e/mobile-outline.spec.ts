import { demo, signIn } from "./support/auth.ts";
import { expect, type Page, test } from "./support/fixtures.ts";

test.use({ viewport: { width: 390, height: 844 } });

/** The demo brief as its editor, found by name: other tests' briefs can push it off the first page. */
async function openDemoBrief(page: Page) {
  await signIn(page, demo.editor);
  await page.goto("/?q=Senegal");
  await page
    .getByRole("link", { name: /Senegal/ })
    .first()
    .click();
}

// Issue 11: on a 390 px screen the outline drawer's close button lay over the "Versions" link.
test("the outline drawer's close button and its links don't overlap on a phone", async ({ page }) => {
  await openDemoBrief(page);
  // The drawer closes on every route change: open it once the brief has landed on its section.
  await page.waitForURL(/\/briefs\/[^/]+\/[^/]+$/);
  await page.getByRole("button", { name: "Outline" }).click();
  const drawer = page.getByRole("dialog", { name: "Outline" });
  const close = drawer.getByRole("button", { name: "Close outline" });
  const versions = drawer.getByRole("link", { name: "Versions" });
  await expect(versions).toBeVisible();
  const [a, b] = [await close.boundingBox(), await versions.boundingBox()];
  if (!a || !b) throw new Error("no layout boxes");
  const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlap).toBe(false);
  await versions.click();
  await expect(page).toHaveURL(/\/versions$/);
});

// Seen trying it as a new user: on a 390 px screen the editor's toolbar wrapped, leaving Redo alone
// on a second line.
test("the editor's toolbar is one row on a phone", async ({ page }) => {
  await openDemoBrief(page);
  const toolbar = page.getByRole("toolbar", { name: "Formatting" });
  await expect(toolbar.getByRole("button", { name: "Redo" })).toBeVisible();
  // Both in one go: the page may still move the toolbar down as its header fills in.
  const [first, redo] = await toolbar.evaluate((el) => {
    const buttons = [...el.querySelectorAll("button")];
    const redoButton = buttons.find((b) => b.getAttribute("aria-label") === "Redo");
    return [buttons[0]?.getBoundingClientRect().top, redoButton?.getBoundingClientRect().top];
  });
  if (first === undefined || redo === undefined) throw new Error("no toolbar buttons");
  expect(Math.abs(redo - first)).toBeLessThan(2);
  // …and it fits: nothing to scroll at this width.
  expect(await toolbar.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});
