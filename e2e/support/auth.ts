import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "dossier-demo";
export const demo = {
  admin: "admin@dossier.test",
  editor: "editor@dossier.test",
  analyst: "analyst@dossier.test",
  reviewer: "reviewer@dossier.test",
  viewer: "viewer@dossier.test",
} as const;

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Checking a password is deliberately slow (scrypt): on a busy machine it alone takes seconds.
  await expect(page).not.toHaveURL(/\/signin/, { timeout: 30_000 });
}

/** A country name no other test uses, so parallel tests never share a brief. */
export const uniqueCountry = (base: string) =>
  `${base} ${Math.random()
    .toString(36)
    .slice(2, 7)
    .replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]!)}`;
