import { DEMO_PASSWORD, demo } from "./support/auth.ts";
import { expect, test } from "./support/fixtures.ts";

// Issue 11: signing out from http://127.0.0.1:PORT landed on localhost (NEXTAUTH_URL's host).
test("signing out stays on the host the user came from", async ({ page, baseURL }) => {
  const here = new URL(baseURL ?? "http://localhost:3210");
  here.hostname = "127.0.0.1";
  await page.goto(new URL("/signin", here).toString());
  await page.getByLabel("Email").fill(demo.reviewer);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Briefs" })).toBeVisible();
  expect(new URL(page.url()).host).toBe(here.host);

  await page.getByRole("button", { name: "Ravi Reviewer" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${here.port}/signin`));
  // Really signed out there.
  await page.goto(here.toString());
  await expect(page).toHaveURL(/\/signin/);
});
