import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief, editor } from "./support/briefs.ts";
import { expect, test } from "./support/fixtures.ts";

// Issue 11: section pages logged React hydration error #418. When the browser hydrated more than
// useSection's staleTime (5 s) after the server fetched the section (a slow connection, a busy
// machine), the section view waited for a refetch and rendered its skeleton outside the history
// stage the server had rendered it in. The fixture fails the test on that page error.
test.use({ timezoneId: "Pacific/Kiritimati" }); // a reader far from the server's time zone, too

test("a section page hydrates without errors even when it arrives slowly", async ({ page }) => {
  test.setTimeout(120_000); // the page arrives 6 s late on purpose
  await signIn(page, demo.editor);
  await createBrief(page, uniqueCountry("Slowland"));
  const sectionUrl = page.url().replace(/\/[^/]+$/, "/crises");
  // The server renders at once; the browser gets the page 6 s later.
  await page.route(sectionUrl, async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    await route.fulfill({ response });
  });
  await page.goto(sectionUrl);
  await expect(editor(page)).toBeVisible({ timeout: 30_000 });
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  // Hydration errors are reported once the page settles.
  await page.waitForLoadState("networkidle");
});
