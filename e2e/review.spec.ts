import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief, openSection, saveStatus, typeInSection } from "./support/briefs.ts";
import { type APIRequestContext, expect, type Page, test } from "./support/fixtures.ts";
import { shareBrief } from "./support/share.ts";

const reviewStatus = (page: Page) => page.getByTestId("review-status");

/** tRPC over HTTP as the browser's client does it (superjson envelope, same origin). */
async function trpcGet(request: APIRequestContext, path: string, input: unknown) {
  const response = await request.get(
    `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
  );
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { result: { data: { json: unknown } } }).result.data.json;
}
async function trpcPost(request: APIRequestContext, baseURL: string, path: string, input: unknown) {
  const response = await request.post(`/api/trpc/${path}`, {
    headers: { "content-type": "application/json", origin: baseURL },
    data: { json: input },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** The editor writes a first paragraph in a new brief and asks Ravi Reviewer (shared in) to review it. */
async function inReviewWithRavi(page: Page, country: string, text: string) {
  await signIn(page, demo.editor);
  await createBrief(page, uniqueCountry(country));
  await shareBrief(page, demo.reviewer, "Reviewer");
  await typeInSection(page, text);
  await expect(saveStatus(page)).toHaveText("Saved");
  await expect(reviewStatus(page)).toHaveText("Draft");
  await page.getByRole("button", { name: "Request review…" }).click();
  const dialog = page.getByRole("dialog", { name: "Request review" });
  await dialog.getByLabel("Reviewer").selectOption({ label: "Ravi Reviewer" });
  await dialog.getByRole("button", { name: "Request review" }).click();
  await expect(dialog).toBeHidden();
  await expect(reviewStatus(page)).toHaveText(/In review · Ravi Reviewer/);
}

test("request review → approve → an edit drops it to draft, with changes since approved", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // two browsers
  await inReviewWithRavi(page, "Reviewia", "The approved first paragraph.");
  await page.screenshot({ path: "/tmp/review-in-review.png" });

  // The reviewer, in another browser, approves.
  const other = await browser.newContext({ baseURL });
  const reviewer = await other.newPage();
  await signIn(reviewer, demo.reviewer);
  await reviewer.goto(page.url());
  await expect(reviewStatus(reviewer)).toHaveText(/In review/);
  await reviewer.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(reviewStatus(reviewer)).toHaveText(/Approved by Ravi Reviewer/);
  await reviewer.screenshot({ path: "/tmp/review-approved.png" });
  await expect(reviewer.getByRole("region", { name: "Review trail" })).toContainText("approved #1");

  // The editor's tab hears it live; an edit returns the section to draft.
  await expect(reviewStatus(page)).toHaveText(/Approved by Ravi Reviewer/);
  await typeInSection(page, " An unreviewed addition.");
  await expect(saveStatus(page)).toHaveText("Saved");
  await expect(reviewStatus(page)).toHaveText("Draft · edited since approval");
  await page.getByRole("button", { name: "Changes since approved" }).click();
  await expect(page.locator("ins", { hasText: "An unreviewed addition." })).toBeVisible();
  await page.screenshot({ path: "/tmp/review-changes-since-approved.png" });
  await other.close();
});

test("a brief is published once every section is approved or not applicable; viewers see it", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // two browsers, 40 sections set up through the API
  await signIn(page, demo.editor);
  const briefUrl = await createBrief(page, uniqueCountry("Publishia"));
  await shareBrief(page, demo.viewer, "Viewer");
  const briefId = briefUrl.split("/").at(-1) ?? "";

  await typeInSection(page, "Everything a reader needs.");
  await expect(saveStatus(page)).toHaveText("Saved");
  await expect(page.getByRole("button", { name: /^Publish · \d+ left$/ })).toBeVisible();

  // All other sections out of scope (through the API: 40 dialogs would say nothing new).
  const brief = (await trpcGet(page.request, "briefs.get", { briefId })) as {
    sections: { id: string; key: string; isLeaf: boolean }[];
  };
  for (const s of brief.sections.filter((s) => s.isLeaf && s.key !== "preface")) {
    await trpcPost(page.request, baseURL ?? "", "review.markNotApplicable", {
      sectionId: s.id,
      reason: "Test",
    });
  }
  await page.reload();
  await expect(page.getByRole("button", { name: "Publish · 1 left" })).toBeVisible();

  // Nobody else on the brief can review, so its editor approves their own text.
  await page.getByRole("button", { name: "Request review…" }).click();
  await page
    .getByRole("dialog", { name: "Request review" })
    .getByRole("button", { name: "Request review" })
    .click();
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(reviewStatus(page)).toHaveText(/Approved by Elena Editor/);

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("published-note")).toContainText(/^Published \d+ \w+ \d{4}/);
  await expect(page.getByRole("link", { name: /^Published \d/ }).first()).toBeVisible();
  await page.screenshot({ path: "/tmp/review-published.png" });

  // A viewer opening the brief lands on the published version.
  const other = await browser.newContext({ baseURL });
  const viewer = await other.newPage();
  await signIn(viewer, demo.viewer);
  await viewer.goto(briefUrl);
  await expect(viewer).toHaveURL(/\/versions\/[^/]+$/);
  await expect(viewer.getByRole("heading", { level: 1, name: /^Published / })).toBeVisible();
  await viewer.screenshot({ path: "/tmp/review-viewer.png" });
  await other.close();

  // An edit makes the brief a draft again; the published version stays linked.
  await typeInSection(page, " More.");
  await expect(saveStatus(page)).toHaveText("Saved");
  await expect(page.getByTestId("published-note")).toContainText("edited since");
  await expect(page.getByText("Publish · 1 left")).toBeVisible();
});

test("a reviewer sends a section back: the editor hears it in the bell and the comment is a thread; an editor scopes a section out", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // two browsers
  await inReviewWithRavi(page, "Sendbackia", "Casualties rose sharply.");

  const other = await browser.newContext({ baseURL });
  const reviewer = await other.newPage();
  await signIn(reviewer, demo.reviewer);
  await reviewer.goto(page.url());
  await reviewer.getByRole("button", { name: "Send back…" }).click();
  const sendBack = reviewer.getByRole("dialog", { name: "Send back for changes" });
  await sendBack.getByLabel("What needs to change").fill("Cite a source for the casualty figures.");
  await sendBack.getByRole("button", { name: "Send back" }).click();
  await expect(sendBack).toBeHidden();
  await expect(reviewStatus(reviewer)).toHaveText(/^Draft/);
  await other.close();

  // The editor's bell says so without a reload, and leads to the comment, now a thread.
  await expect(reviewStatus(page)).toHaveText(/^Draft/);
  await page.getByRole("button", { name: /^Notifications/ }).click();
  const item = page
    .getByRole("list", { name: "Notifications" })
    .getByRole("link")
    .filter({ hasText: "Ravi Reviewer sent your section back" })
    .first();
  await item.click();
  await expect(page).toHaveURL(/\?thread=/);
  await expect(page.getByText("Cite a source for the casualty figures.").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Review trail" })).toContainText(/sent #\d+ back/);
  await page.screenshot({ path: "/tmp/review-sent-back.png" });

  // Another section is out of scope for this country: an editor says why.
  await openSection(page, "Crises");
  await page.getByRole("button", { name: "Not applicable…" }).click();
  const scope = page.getByRole("dialog", { name: "Mark not applicable" });
  await scope.getByLabel("Reason").fill("No crisis this year.");
  await scope.getByRole("button", { name: /Mark not applicable/ }).click();
  await expect(scope).toBeHidden();
  await expect(page.getByText("No crisis this year.", { exact: true })).toBeVisible();
  await expect(reviewStatus(page)).toHaveText(/Not applicable/);
});
