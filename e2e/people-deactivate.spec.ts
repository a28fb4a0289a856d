import { demo, signIn } from "./support/auth.ts";
import { expect, test } from "./support/fixtures.ts";
import { findPerson, newColleague, otherBrowser } from "./support/people.ts";

test("deactivating someone signs their open page out at its next request, until an admin reactivates them", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const colleague = await newColleague(baseURL!);
  const theirs = await otherBrowser(browser, baseURL!);
  await signIn(theirs, colleague.email, colleague.password);
  await expect(theirs.getByRole("heading", { level: 1, name: "Briefs" })).toBeVisible();

  await signIn(page, demo.admin);
  await page.goto("/admin/users");
  const row = await findPerson(page, colleague.email);
  await expect(row).toContainText("Active");

  // A role change in place.
  await row.getByRole("combobox", { name: `Role of ${colleague.name}` }).selectOption({ label: "Reviewer" });
  await expect(page.getByText(`${colleague.name} is now a Reviewer.`)).toBeVisible();
  await expect(row.getByRole("combobox", { name: `Role of ${colleague.name}` })).toHaveValue("REVIEWER");

  await row.getByRole("button", { name: `Actions for ${colleague.name}` }).click();
  await page.getByRole("menuitem", { name: "Deactivate…" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Deactivate ${colleague.name}?` });
  await expect(confirm).toContainText("signed out everywhere at once");
  await expect(confirm).toContainText("Their name stays on the revisions and comments they wrote");
  await confirm.getByRole("button", { name: "Deactivate" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(row).toContainText("Deactivated");

  // Their open page: the next request finds no session, and signing in again is refused.
  await theirs.reload();
  await expect(theirs).toHaveURL(/\/signin/);
  await theirs.getByLabel("Email").fill(colleague.email);
  await theirs.getByLabel("Password").fill(colleague.password);
  await theirs.getByRole("button", { name: "Sign in" }).click();
  await expect(theirs.getByText("This account has been deactivated. Ask an admin.")).toHaveRole("alert");

  await row.getByRole("button", { name: `Actions for ${colleague.name}` }).click();
  await page.getByRole("menuitem", { name: "Reactivate…" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Reactivate" }).click();
  await expect(row).toContainText("Active");
  await expect(page.getByText(`${colleague.name} can sign in again.`)).toBeVisible();

  await theirs.getByRole("button", { name: "Sign in" }).click();
  await expect(theirs).not.toHaveURL(/\/signin/);
  await expect(theirs.getByRole("banner").getByRole("button", { name: colleague.name })).toBeVisible();
  await theirs.context().close();
});
