import { demo, signIn } from "./support/auth.ts";
import { expect, type Page, test } from "./support/fixtures.ts";

/** The page background's mean RGB channel (0 black … 255 white), whatever colour syntax CSS used. */
const backgroundLevel = (page: Page) =>
  page.evaluate(() => {
    const context = document.createElement("canvas").getContext("2d")!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return (r! + g! + b!) / 3;
  });

const html = (page: Page) => page.locator("html");

async function expectDark(page: Page) {
  await expect(html(page)).toHaveClass(/\bdark\b/);
  expect(await backgroundLevel(page)).toBeLessThan(50);
}

async function expectLight(page: Page) {
  await expect(html(page)).not.toHaveClass(/\bdark\b/);
  expect(await backgroundLevel(page)).toBeGreaterThan(240);
}

async function chooseTheme(page: Page, theme: "System" | "Light" | "Dark") {
  await page.getByRole("button", { name: "Elena Editor" }).click();
  await page.getByRole("menuitemradio", { name: theme }).click();
}

test("the theme follows the system until the person picks one, and the pick survives a reload", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await signIn(page, demo.editor);
  await expect(page.getByRole("heading", { name: "Briefs" })).toBeVisible();
  await expectDark(page);

  await page.getByRole("button", { name: "Elena Editor" }).click();
  await expect(page.getByRole("menuitemradio", { name: "System" })).toHaveAttribute("aria-checked", "true");
  await page.getByRole("menuitemradio", { name: "Light" }).click();
  await expectLight(page);

  await page.reload();
  await expectLight(page);
  await page.getByRole("button", { name: "Elena Editor" }).click();
  await expect(page.getByRole("menuitemradio", { name: "Light" })).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("Escape");

  await chooseTheme(page, "System");
  await expectDark(page);
  // On "System" the page follows the operating system as it changes, without a reload.
  await page.emulateMedia({ colorScheme: "light" });
  await expectLight(page);

  await chooseTheme(page, "Dark");
  await expectDark(page);

  // The class comes from the inline script in <head>, before the first paint, not from React:
  // with the app's own scripts blocked, a light-preferring system still gets the dark page.
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.reload();
  await expectDark(page);
});
