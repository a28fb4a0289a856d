import { demo, signIn } from "./support/auth.ts";
import { type APIRequestContext, type Browser, expect, test } from "./support/fixtures.ts";

/**
 * Sessions end on the server: a session cookie copied before sign-out (or before "sign out
 * everywhere") is refused afterwards, by the API and by pages.
 */

/** What a cross-check of the session costs nothing to ask: who am I? */
const whoAmI = async (request: APIRequestContext) => (await request.get("/api/trpc/users.me")).status();

/** Calls a tRPC mutation over HTTP as the browser's client does (JSON, same origin, superjson). */
async function mutate(request: APIRequestContext, baseURL: string, path: string, input?: unknown) {
  const response = await request.post(`/api/trpc/${path}`, {
    headers: { "content-type": "application/json", origin: baseURL },
    data: input === undefined ? {} : { json: input },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { result: { data: { json: unknown } } }).result.data.json;
}

/** A second browser holding a copy of `cookie` (as a thief or a forgotten tab would). */
async function copyOf(browser: Browser, baseURL: string, cookie: { name: string; value: string }) {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: cookie.name, value: cookie.value, url: baseURL }]);
  return context;
}

test("a session cookie copied before sign-out is refused after it", async ({ page, browser, baseURL }) => {
  await signIn(page, demo.reviewer);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toBeDefined();
  const copy = await copyOf(browser, baseURL!, cookie!);
  expect(await whoAmI(copy.request)).toBe(200);

  await page.getByRole("button", { name: "Ravi Reviewer" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  expect(await whoAmI(copy.request)).toBe(401);
  const copied = await copy.newPage();
  await copied.goto("/");
  await expect(copied).toHaveURL(/\/signin/);
  await expect(copied.getByRole("button", { name: "Sign in" })).toBeVisible();
  await copy.close();
});

test("an invited colleague signs up, and 'sign out everywhere' ends all their sessions", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, demo.admin);
  const email = `invitee-${Date.now().toString(36)}@e2e.dossier`;
  const { link } = (await mutate(page.request, baseURL!, "users.invites.create", {
    email,
    role: "EDITOR",
  })) as {
    link: string;
  };
  expect(link).toContain("/invite/");
  const token = link.split("/invite/")[1]!;
  const password = "a colleague's passphrase";
  const anonymous = await browser.newContext({ baseURL });
  await mutate(anonymous.request, baseURL!, "users.invites.accept", {
    token,
    name: "Ines Invited",
    password,
  });
  await anonymous.close();

  const laptop = await browser.newContext({ baseURL });
  const phone = await browser.newContext({ baseURL });
  for (const context of [laptop, phone]) await signIn(await context.newPage(), email, password);
  expect(await whoAmI(phone.request)).toBe(200);

  await mutate(laptop.request, baseURL!, "users.profile.signOutEverywhere");
  expect(await whoAmI(laptop.request)).toBe(401);
  expect(await whoAmI(phone.request)).toBe(401);
  await Promise.all([laptop.close(), phone.close()]);
});
