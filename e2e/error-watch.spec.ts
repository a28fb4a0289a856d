import { expect, test } from "./support/fixtures.ts";

// Issue 11: the suite fails on any console error or warning, or page error, a test did not expect
// (e2e/support/fixtures.ts fails the test at its end when `errors.unexpected` isn't empty).
// These prove the watch sees them; `take()` then clears them so these tests themselves pass.

test("the watch sees an uncaught page error", async ({ page, errors }) => {
  await page.goto("/signin");
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error("boom from the page");
    }, 0);
  });
  await expect.poll(() => errors.unexpected.length).toBe(1);
  expect(errors.take()).toEqual([expect.stringContaining("boom from the page")]);
});

test("the watch sees a console error in a context the test opened itself", async ({ browser, errors }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/signin");
  await page.evaluate(() => console.error("something broke"));
  await expect.poll(() => errors.unexpected.length).toBe(1);
  expect(errors.take()).toEqual([expect.stringContaining("something broke")]);
  await context.close();
});

test("an error the test allows is not counted", async ({ page, errors }) => {
  errors.allow(/expected trouble/);
  await page.goto("/signin");
  await page.evaluate(() => console.error("expected trouble"));
  await page.waitForTimeout(300);
  expect(errors.unexpected).toEqual([]);
});

test("the watch sees a console warning", async ({ page, errors }) => {
  await page.goto("/signin");
  await page.evaluate(() => console.warn("something looks off"));
  await expect.poll(() => errors.unexpected.length).toBe(1);
  expect(errors.take()).toEqual([expect.stringContaining("console warning")]);
});
