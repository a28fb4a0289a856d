import { type Browser, expect, type Page } from "@playwright/test";
import { signedIn } from "./app-process.ts";
import { DEMO_PASSWORD, demo } from "./auth.ts";

/** A name and email no other test uses. */
export function uniquePerson(first: string) {
  const tag = Math.random().toString(36).slice(2, 8);
  return {
    name: `${first} ${tag.replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`,
    email: `${first.toLowerCase()}-${tag}@e2e.dossier`,
  };
}

export const COLLEAGUE_PASSWORD = "a colleague's own passphrase";

/**
 * A fresh account (invited by the demo admin over the API, accepted over the API), for tests that
 * deactivate, rename or re-password someone: demo accounts are shared by every test.
 */
export async function newColleague(baseURL: string, role: "EDITOR" | "REVIEWER" | "VIEWER" = "EDITOR") {
  const person = uniquePerson("Colleague");
  const admin = await signedIn(baseURL, demo.admin, DEMO_PASSWORD);
  const { link } = (await admin.mutation("users.invites.create", { email: person.email, role })) as {
    link: string;
  };
  const token = link.split("/invite/")[1];
  const accepted = await fetch(`${baseURL}/api/trpc/users.invites.accept`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseURL },
    body: JSON.stringify({ json: { token, name: person.name, password: COLLEAGUE_PASSWORD } }),
  });
  expect(accepted.status).toBe(200);
  return { ...person, password: COLLEAGUE_PASSWORD };
}

/** A page in a browser context of its own (another person, or the same person elsewhere). */
export async function otherBrowser(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

/** The people page's row for someone, found by searching their email. */
export async function findPerson(page: Page, email: string) {
  await page.getByRole("searchbox", { name: "Search people" }).fill(email);
  const row = page.getByRole("table", { name: "People" }).getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  return row;
}

/** Opens the top bar's user menu (named after the person) and picks an item. */
export async function userMenu(page: Page, name: string, item: string) {
  await page.getByRole("banner").getByRole("button", { name }).click();
  await page.getByRole("menuitem", { name: item }).click();
}
