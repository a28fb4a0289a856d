import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief, saveStatus, typeInSection } from "./support/briefs.ts";
import { expect, test } from "./support/fixtures.ts";
import { newColleague, otherBrowser } from "./support/people.ts";

test("the audit log shows what was just done, filtered by person and action; a brief's editors see its activity", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const colleague = await newColleague(baseURL!);
  const theirs = await otherBrowser(browser, baseURL!);
  await signIn(theirs, colleague.email, colleague.password);
  const country = uniqueCountry("Auditania");
  await createBrief(theirs, country);
  await typeInSection(theirs, "A first line for the record.");
  await expect(saveStatus(theirs)).toHaveText("Saved");

  // Their brief's activity feed, from the sidebar.
  await theirs.getByRole("link", { name: "Activity" }).click();
  const feed = theirs.getByRole("list", { name: "Brief activity" });
  await expect(feed.getByRole("listitem").first()).toContainText(`${colleague.name} saved Preface`);
  await expect(feed).toContainText(`${colleague.name} created the brief`);
  await expect(feed).not.toContainText("IP ");

  await signIn(page, demo.admin);
  await page.goto("/admin/audit");
  const log = page.getByRole("list", { name: "Audit events" });
  await expect(log).toContainText(`${colleague.name} saved Preface in ${country}`);
  await expect(log).toContainText(`Ada Admin invited ${colleague.email} as Editor`);

  // By person: only their events.
  await page.getByRole("button", { name: "Person" }).click();
  await page.getByRole("searchbox", { name: "Find a person" }).fill(colleague.email);
  await page
    .getByRole("list", { name: "People" })
    .getByRole("button", { name: new RegExp(colleague.name) })
    .click();
  await expect(page).toHaveURL(/person=/);
  await expect(log.getByRole("listitem").first()).toContainText(colleague.name);
  await expect(log).not.toContainText("Ada Admin invited");
  const events = log.getByRole("listitem");
  for (const text of await events.allTextContents()) {
    expect(text).toContain(`${colleague.name} `);
    expect(text).not.toContain("Ada Admin");
  }
  await expect(log).toContainText(`${colleague.name} accepted an invite and joined as Editor`);

  // And by action: their saves only, each with its recorded summary behind "Details".
  await page.getByLabel("Action").selectOption({ label: "Saved a section" });
  await expect(log).not.toContainText("accepted an invite");
  await expect(events.first()).toContainText(`saved Preface in ${country}`);
  for (const text of await events.allTextContents())
    expect(text).toContain(`${colleague.name} saved Preface`);
  await expect(events.first()).toContainText(/IP \S+/);
  await events
    .first()
    .getByRole("button", { name: /Details/ })
    .click();
  await expect(events.first().getByRole("definition").filter({ hasText: "section.save" })).toBeVisible();
  await expect(events.first()).toContainText("words");

  // Not for anyone else: no menu items, and the pages answer 404.
  await theirs.getByRole("banner").getByRole("button", { name: colleague.name }).click();
  await expect(theirs.getByRole("menuitem", { name: "Profile" })).toBeVisible();
  await expect(theirs.getByRole("menuitem", { name: "People" })).toHaveCount(0);
  await expect(theirs.getByRole("menuitem", { name: "Audit log" })).toHaveCount(0);
  await theirs.keyboard.press("Escape");
  for (const path of ["/admin/users", "/admin/audit"]) {
    const response = await theirs.goto(path);
    expect(response?.status()).toBe(404);
    await expect(theirs.getByRole("heading", { name: "Admins only" })).toBeVisible();
  }
  await theirs.context().close();
});
