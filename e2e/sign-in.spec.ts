import { DEMO_PASSWORD, demo, signIn } from "./support/auth.ts";
import { expect, test } from "./support/fixtures.ts";

test("a wrong password shows an error and keeps you on the sign-in page @smoke", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(demo.reviewer);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  // The right password still works afterwards, even if the CSRF cookie went meanwhile (cleared
  // cookies, another tab): the form asks for a fresh token and tries once more.
  await page.context().clearCookies({ name: /csrf-token/ });
  const visited: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) visited.push(new URL(frame.url()).pathname);
  });
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Briefs" })).toBeVisible();
  // Straight there: no detour through a signed-out answer the router had cached for "/".
  expect(visited).not.toContain("/signin");
});

test("signed-out visitors are sent to sign in and brought back; signing out ends the session", async ({
  page,
}) => {
  await page.goto("/briefs/nowhere/crises");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, demo.reviewer);
  await expect(page.getByRole("heading", { name: "Briefs" })).toBeVisible();
  await page.getByRole("button", { name: "Ravi Reviewer" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});

test("an anonymous API call is refused", async ({ request }) => {
  const response = await request.get("/api/trpc/briefs.list");
  expect(response.status()).toBe(401);
});
