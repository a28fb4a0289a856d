import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief } from "./support/briefs.ts";
import { expect, test } from "./support/fixtures.ts";

test("an editor shares a brief by email with a role, sees errors inline, and removes people", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const country = uniqueCountry("Sharia");
  await signIn(page, demo.editor);
  const briefUrl = await createBrief(page, country);

  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog");
  const members = dialog.getByRole("list", { name: "Members" });
  await expect(members.getByRole("listitem")).toHaveCount(1);
  await expect(members).toContainText("Elena Editor (you)");
  await expect(members).toContainText("editor@dossier.test");

  // Mistakes are explained next to the form and change nothing.
  await dialog.getByLabel("Email address").fill("not-an-email");
  await dialog.getByRole("button", { name: "Add" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Enter a valid email address");
  await dialog.getByLabel("Email address").fill("nobody@nowhere.test");
  await dialog.getByRole("button", { name: "Add" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("No active account for nobody@nowhere.test");
  await expect(members.getByRole("listitem")).toHaveCount(1);

  await dialog.getByLabel("Email address").fill(demo.reviewer);
  await dialog.getByLabel("Role").selectOption({ label: "Reviewer" });
  await dialog.getByRole("button", { name: "Add" }).click();
  const ravi = members.getByRole("listitem").filter({ hasText: "Ravi Reviewer" });
  await expect(ravi).toContainText("reviewer@dossier.test");
  await expect(ravi).toContainText("Reviewer");
  await expect(dialog.getByLabel("Email address")).toHaveValue("");

  await dialog.getByLabel("Email address").fill(demo.viewer);
  await dialog.getByLabel("Role").selectOption({ label: "Viewer" });
  await dialog.getByRole("button", { name: "Add" }).click();
  await expect(members.getByRole("listitem")).toHaveCount(3);

  await dialog.getByRole("button", { name: "Remove Vera Viewer" }).click();
  await expect(members.getByRole("listitem")).toHaveCount(2);
  await expect(members).not.toContainText("Vera Viewer");
  await page.keyboard.press("Escape");

  // The reviewer now sees the brief, but can't share it; the removed viewer can't see it.
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, demo.reviewer);
  await reviewer.goto(`/?q=${encodeURIComponent(country)}`);
  await expect(
    reviewer.getByRole("table", { name: "Briefs" }).getByRole("link", { name: country, exact: true }),
  ).toBeVisible();
  await reviewer.goto(briefUrl);
  await expect(reviewer.getByRole("heading", { level: 1, name: "Preface" })).toBeVisible();
  await expect(reviewer.getByRole("link", { name: /^Comments/ })).toBeVisible();
  await expect(reviewer.getByRole("button", { name: "Share" })).toHaveCount(0);

  const viewer = await (await browser.newContext()).newPage();
  await signIn(viewer, demo.viewer);
  await viewer.goto(`/?q=${encodeURIComponent(country)}`);
  await expect(viewer.getByText("No briefs match")).toBeVisible();
  await reviewer.context().close();
  await viewer.context().close();
});
