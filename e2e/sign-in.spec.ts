import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/auth.ts";

test("a wrong password shows an error and keeps you on the sign-in page @smoke", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(demo.reviewer);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("Wrong email or password");
  await expect(page).toHaveURL(/\/signin/);
});

test("signed-out visitors are sent to sign in; signing out ends the session", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, demo.reviewer);
  await expect(page.getByRole("heading", { name: "Briefs" })).toBeVisible();
  await page.getByRole("button", { name: /account menu/i }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});
