import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief, editor } from "./support/briefs.ts";
import { expect, type Page, test } from "./support/fixtures.ts";

// Issue 11: opening a brief (or the dashboard) showed skeletons first, and React then held the page
// back for 300 ms after them, so a brief the server answered in 100 ms appeared at 400 ms one time
// in two. The page on screen now stays until the next one is ready, with a bar at the top if that
// takes long.

/**
 * Holds the page payloads (React Server Components) the router asks the server for on a click
 * until the answer's `release()`: a slow server, on demand. Prefetches go through, so a loading
 * skeleton, if a route had one, would be there at once.
 */
async function holdPageLoads(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/*", async (route) => {
    const request = route.request();
    const headers = request.headers();
    const pageLoad = new URL(request.url()).searchParams.has("_rsc") || headers.rsc === "1";
    if (pageLoad && !headers["next-router-prefetch"]) await released;
    await route.continue();
  });
  return release;
}

const progress = (page: Page) => page.getByRole("progressbar", { name: "Loading page" });

test("opening a brief from the dashboard: the dashboard stays, with a bar, until the brief is ready", async ({
  page,
}) => {
  await signIn(page, demo.editor);
  const country = uniqueCountry("Waitland");
  await createBrief(page, country);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  const release = await holdPageLoads(page);
  await page.getByRole("table", { name: "Briefs" }).getByRole("link", { name: country }).click();

  // It fades in after 150 ms, so quick navigations don't flash it.
  await expect(progress(page)).toHaveCSS("opacity", "1");
  await expect(page.getByRole("heading", { level: 1, name: "Briefs" })).toBeVisible();
  await expect(page.getByRole("status", { name: "Loading section" })).toHaveCount(0);
  await page.screenshot({
    path: "/tmp/navigation-progress.png",
    clip: { x: 0, y: 0, width: 640, height: 60 },
  });

  release();
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await expect(page.getByRole("heading", { level: 1, name: "Preface" })).toBeVisible();
  await expect(progress(page)).toHaveCount(0);
});

test("the palette's navigation shows the bar too, after the palette has closed", async ({ page }) => {
  await signIn(page, demo.editor);
  const country = uniqueCountry("Paletteland");
  const briefUrl = await createBrief(page, country);
  await page.goto("/");
  const release = await holdPageLoads(page);
  await page.keyboard.press("ControlOrMeta+k");
  const palette = page.getByRole("dialog", { name: "Go to or search" });
  await page.keyboard.type(`${country} crises`);
  await expect(palette.getByRole("option").first()).toContainText(`Crises · ${country}`);
  await page.keyboard.press("Enter");

  await expect(palette).toBeHidden();
  await expect(progress(page)).toHaveCSS("opacity", "1");
  release();
  await expect(page).toHaveURL(`${briefUrl}/crises`);
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await expect(progress(page)).toHaveCount(0);
});

test("back to the dashboard: the brief stays, with the bar, until the dashboard is ready", async ({
  page,
}) => {
  await signIn(page, demo.editor);
  const country = uniqueCountry("Homeland");
  const briefUrl = await createBrief(page, country);
  // A new page load: the dashboard seen on the way here would come back from the router's cache.
  await page.goto(briefUrl);
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await page.waitForLoadState("networkidle");
  const release = await holdPageLoads(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dossier" }).click();

  await expect(progress(page)).toHaveCSS("opacity", "1");
  await expect(editor(page)).toBeVisible();
  await expect(page.getByRole("status", { name: "Loading briefs" })).toHaveCount(0);
  release();
  await expect(
    page.getByRole("table", { name: "Briefs" }).getByRole("link", { name: country }),
  ).toBeVisible();
  await expect(progress(page)).toHaveCount(0);
});
