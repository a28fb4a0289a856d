import { DEMO_PASSWORD, demo, signIn } from "./support/auth.ts";
import { openSection } from "./support/briefs.ts";
import { expect, test } from "./support/fixtures.ts";

// Issue 8, defects 4, 9 and 11, tried over real HTTP against the built app.

const json = (input: unknown) => JSON.stringify({ json: input });
const uniqueEmail = (tag: string) =>
  `${tag}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@dossier.test`;

test("pages carry a nonce-based CSP and a Permissions-Policy, and nothing on them breaks it", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    // Chromium also warns about a Permissions-Policy feature it doesn't know ("bluetooth" did).
    if (/Content Security Policy|Permissions-Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/signin");
  const policy = response?.headers()["content-security-policy"] ?? "";
  const scripts = policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scripts).not.toContain("unsafe-inline");
  expect(response?.headers()["permissions-policy"]).toContain("camera=()");
  // A fresh nonce per response.
  const again = await page.request.get("/signin");
  expect(again.headers()["content-security-policy"]).not.toBe(policy);

  await signIn(page, demo.editor);
  await page.goto("/?q=Senegal"); // by name: a full suite's briefs push it off the first page
  await page
    .getByRole("link", { name: /Senegal/ })
    .first()
    .click();
  await openSection(page, "Crises");
  await expect(page.getByRole("textbox", { name: "Section text" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a missing brief, section or version answers a real 404", async ({ page }) => {
  await signIn(page, demo.reviewer);
  for (const path of ["/briefs/no-such-brief", "/briefs/no-such-brief/crises", "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  await page.goto("/?q=Senegal"); // by name: a full suite's briefs push it off the first page
  await page
    .getByRole("link", { name: /Senegal/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/briefs\/[^/]+\/[a-z-]+$/);
  const brief = new URL(page.url()).pathname.split("/")[2];
  expect((await page.goto(`/briefs/${brief}/no-such-section`))?.status()).toBe(404);
  expect((await page.goto(`/briefs/${brief}/versions/no-such-version`))?.status()).toBe(404);
  expect((await page.goto(`/briefs/${brief}/crises`))?.status()).toBe(200);
});

test("authenticated API answers are never cached", async ({ page }) => {
  await signIn(page, demo.viewer);
  const response = await page.request.get("/api/trpc/briefs.list");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
});

// Issue 11: Next answered the tab icon with max-age=0 and no validator, and Chromium fetches it
// again on every client-side navigation: a request to the server on each section switch.
test("the tab icon may be cached, so switching sections doesn't ask for it again", async ({ page }) => {
  await page.goto("/signin");
  const href = await page.locator('link[rel="icon"]').getAttribute("href");
  for (const path of [href ?? "/icon.svg", "/favicon.ico"]) {
    const response = await page.request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=86400");
  }
});

test("a cross-site form can't call the API, and next-auth keeps its own CSRF check", async ({ page }) => {
  await signIn(page, demo.editor);
  const app = new URL(page.url()).origin;
  // A page on another site that posts a form to Dossier with the victim's cookies.
  await page.route("http://attacker.test/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<form method="post" enctype="multipart/form-data" action="${app}/api/trpc/briefs.create">
        <input name="0" value='${json({ country: "Forged" })}'><button>go</button></form>`,
    }),
  );
  await page.goto("http://attacker.test/");
  const [forged] = await Promise.all([
    page.waitForResponse((r) => r.url().includes("/api/trpc/briefs.create")),
    page.getByRole("button", { name: "go" }).click(),
  ]);
  expect(forged.status()).toBe(415);

  // JSON from another origin, or with no origin at all, is refused too.
  const foreign = await page.request.post("/api/trpc/briefs.create", {
    headers: { "content-type": "application/json", origin: "http://attacker.test" },
    data: json({ country: "Forged" }),
  });
  expect(foreign.status()).toBe(403);
  const ours = await page.request.post("/api/trpc/briefs.create", {
    headers: { "content-type": "application/json", origin: app },
    data: json({ country: "Welcomeland" }),
  });
  expect(ours.status()).toBe(200);

  // next-auth's sign-in POST without its CSRF token creates no session.
  const anonymous = await page.context().browser()?.newContext();
  const forgedSignIn = await anonymous?.request.post(`${app}/api/auth/callback/credentials`, {
    form: { email: demo.editor, password: DEMO_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  expect(forgedSignIn?.headers()["set-cookie"] ?? "").not.toContain("next-auth.session-token");
  await anonymous?.close();
});

test("sign-in limits hold against spoofed X-Forwarded-For", async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  const email = uniqueEmail("spoof");
  const attempt = async (forwardedFor: string) => {
    const csrf = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await api.post("/api/auth/callback/credentials", {
      headers: { "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor },
      form: { csrfToken: csrf.csrfToken, email, password: "guess", json: "true" },
      maxRedirects: 0,
    });
    return decodeURIComponent(((await res.json()) as { url: string }).url);
  };
  // Each guess claims another address; the server counts the real one.
  const answers: string[] = [];
  for (let i = 1; i <= 6; i++) answers.push(await attempt(`203.0.113.${i}`));
  expect(answers.slice(0, 5).every((url) => url.includes("Wrong email or password."))).toBe(true);
  expect(answers[5]).toContain("Too many failed sign-in attempts");
  await api.dispose();
});
