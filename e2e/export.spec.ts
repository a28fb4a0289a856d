import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { type APIRequestContext, expect, type Page, test } from "./support/fixtures.ts";

const fixture = readFileSync(new URL("../fixtures/mali-brief.md", import.meta.url), "utf8");

/** Imports the Mali fixture as a new brief through the tRPC endpoint, as the import dialog will. */
async function importFixture(request: APIRequestContext, country: string): Promise<string> {
  // Same-origin, as the app's own client: the API refuses cross-site POSTs (CSRF guard).
  const origin = new URL(test.info().project.use.baseURL ?? "").origin;
  const response = await request.post("/api/trpc/briefs.import", {
    data: { json: { markdown: fixture, fileName: "mali-brief.md", country } },
    headers: { origin },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { result: { data: { json: { id: string } } } };
  return body.result.data.json.id;
}

test("a brief exports as Markdown, print view, PDF and Word, with download headers", async ({ page }) => {
  await signIn(page, demo.editor);
  const country = uniqueCountry("Exportia");
  const briefId = await importFixture(page.request, country);
  const base = `/api/briefs/${briefId}/export`;
  const slug = country.toLowerCase().replace(/ /g, "-");

  const markdown = await page.request.get(`${base}/markdown`);
  expect(markdown.status()).toBe(200);
  expect(markdown.headers()).toMatchObject({
    "content-type": "text/markdown; charset=utf-8",
    "content-disposition": `attachment; filename="${slug}-brief.md"`,
    "cache-control": "no-store",
  });
  const md = await markdown.text();
  expect(md.startsWith(`# ${country}: Strategic U.S. Foreign Policy Analysis\n`)).toBe(true);
  expect(md).toContain("the Wagner Group");

  const word = await page.request.get(`${base}/docx`);
  expect(word.headers()["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  );
  expect(word.headers()["content-disposition"]).toBe(`attachment; filename="${slug}-brief.docx"`);
  expect((await word.body()).subarray(0, 2).toString()).toBe("PK");

  const pdf = await page.request.get(`${base}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // The print view opens in the browser: title page, contents, numbered sections, no scripts.
  const print = await page.request.get(`${base}/print`);
  expect(print.headers()["content-disposition"]).toBe(`inline; filename="${slug}-brief.html"`);
  expect(print.headers()["content-security-policy"]).toContain("default-src 'none'");
  await page.goto(`${base}/print`);
  await expect(page.getByRole("heading", { level: 1, name: country })).toBeVisible();
  const contents = page.getByRole("navigation", { name: "Contents" });
  await expect(
    contents.getByRole("link", { name: "1.4.1 Key Milestones in Bilateral Relations" }),
  ).toBeVisible();
  await contents.getByRole("link", { name: "4.13 Visa Requirements for US Citizens to Visit" }).click();
  await expect(
    page.getByRole("heading", { level: 3, name: "4.13 Visa Requirements for US Citizens to Visit" }),
  ).toBeInViewport();
  await expect(page.getByRole("link", { name: "download the PDF" })).toHaveAttribute("href", "pdf");
});

test("exports need a session and access to the brief", async ({ page, playwright, baseURL }) => {
  await signIn(page, demo.editor);
  const briefId = await importFixture(page.request, uniqueCountry("Closedia"));

  const anonymous = await playwright.request.newContext({ baseURL });
  const signedOut = await anonymous.get(`/api/briefs/${briefId}/export/markdown`);
  expect(signedOut.status()).toBe(401);
  expect(await signedOut.json()).toEqual({ error: "Sign in to continue" });
  await anonymous.dispose();

  // Another editor of the desk who is not a member: the brief does not exist for them.
  await page.context().clearCookies();
  await signIn(page, demo.analyst);
  for (const format of ["markdown", "print", "pdf", "docx"]) {
    expect((await page.request.get(`/api/briefs/${briefId}/export/${format}`)).status()).toBe(404);
  }
  expect((await page.request.get(`/api/briefs/${briefId}/export/rtf`)).status()).toBe(404);
});

const slugOf = (country: string) => country.toLowerCase().replace(/ /g, "-");

/**
 * Opens the Export menu and picks `item`; resolves with the download it starts. `which`: on a
 * version's page the brief's sidebar has its own Export menu first, the version's comes last.
 */
async function exportFromMenu(page: Page, item: RegExp, which: "first" | "last" = "first") {
  await page.getByRole("button", { name: "Export" })[which]().click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: item }).click(),
  ]);
  return download;
}

test("the brief's Export menu downloads Markdown and Word and opens the print view", async ({ page }) => {
  await signIn(page, demo.editor);
  const country = uniqueCountry("Menuland");
  const briefId = await importFixture(page.request, country);
  await page.goto(`/briefs/${briefId}/crises`);
  await expect(page.getByRole("heading", { level: 1, name: "Crises" })).toBeVisible();

  const markdown = await exportFromMenu(page, /^Markdown/);
  expect(markdown.suggestedFilename()).toBe(`${slugOf(country)}-brief.md`);
  const md = readFileSync(await markdown.path(), "utf8");
  expect(md.startsWith(`# ${country}: Strategic U.S. Foreign Policy Analysis\n`)).toBe(true);
  expect(md).toMatch(/^#{1,2} Crises$/m);
  expect(md).toContain("the Wagner Group");

  const word = await exportFromMenu(page, /^Word/);
  expect(word.suggestedFilename()).toBe(`${slugOf(country)}-brief.docx`);
  const zip = await JSZip.loadAsync(readFileSync(await word.path()));
  const documentXml = await zip.file("word/document.xml")?.async("string");
  const wordText = (documentXml ?? "").replace(/<[^>]+>/g, "");
  expect(wordText).toContain(country);
  expect(wordText).toContain("Crises");
  expect(wordText).toContain("the Wagner Group");

  await page.getByRole("button", { name: "Export" }).click();
  const [printTab] = await Promise.all([
    page.context().waitForEvent("page"),
    page.getByRole("menuitem", { name: /^Print view/ }).click(),
  ]);
  await expect(printTab).toHaveURL(new RegExp(`/api/briefs/${briefId}/export/print$`));
  await expect(printTab.getByRole("heading", { level: 1, name: country })).toBeVisible();
  await expect(printTab.getByRole("navigation", { name: "Contents" })).toContainText("Crises");
  await printTab.close();
});

test("a slow export shows that it is working, and a failed one says why", async ({ page, errors }) => {
  errors.allow(/status of 503/); // the failed export this test provokes
  await signIn(page, demo.editor);
  const briefId = await importFixture(page.request, uniqueCountry("Slowland"));
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(`**/api/briefs/${briefId}/export/pdf`, async (route) => {
    await held;
    await route.fulfill({ status: 503, json: { error: "PDF export needs Chromium on the server." } });
  });
  await page.goto(`/briefs/${briefId}/crises`);
  await page.getByRole("button", { name: "Export" }).click();
  await page.getByRole("menuitem", { name: /^PDF/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Preparing PDF…" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Export" })).toHaveAttribute("aria-busy", "true");
  release();
  const alert = page.getByRole("alert").filter({ hasText: "Couldn't export PDF." });
  await expect(alert).toContainText("PDF export needs Chromium on the server.");
  await alert.getByRole("button", { name: "Dismiss" }).click();
  await expect(alert).toBeHidden();
});

test("a named version's page exports that version", async ({ page }) => {
  await signIn(page, demo.editor);
  const country = uniqueCountry("Versia");
  const briefId = await importFixture(page.request, country);
  const origin = new URL(test.info().project.use.baseURL ?? "").origin;
  const stamped = await page.request.post("/api/trpc/versions.create", {
    data: { json: { briefId, name: "Final draft" } },
    headers: { origin },
  });
  expect(stamped.status()).toBe(200);
  const { id: versionId } = ((await stamped.json()) as { result: { data: { json: { id: string } } } }).result
    .data.json;
  await page.goto(`/briefs/${briefId}/versions/${versionId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Final draft" })).toBeVisible();
  const markdown = await exportFromMenu(page, /^Markdown/, "last");
  expect(markdown.suggestedFilename()).toBe(`${slugOf(country)}-brief-final-draft.md`);
  expect(readFileSync(await markdown.path(), "utf8")).toContain("the Wagner Group");
  await page.getByRole("button", { name: "Export" }).last().click();
  await expect(page.getByRole("menuitem", { name: /^Print view/ })).toHaveAttribute(
    "href",
    `/api/briefs/${briefId}/export/print?version=${versionId}`,
  );
});
