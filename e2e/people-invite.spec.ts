import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief, editor, openSection, saveStatus, typeInSection } from "./support/briefs.ts";
import { expect, test } from "./support/fixtures.ts";
import { otherBrowser, uniquePerson } from "./support/people.ts";
import { shareBrief } from "./support/share.ts";

test("an admin invites a colleague, who signs up from the copied link and edits a brief shared with them", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const colleague = uniquePerson("Nia");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, demo.admin);
  await page.getByRole("banner").getByRole("button", { name: "Ada Admin" }).click();
  await page.getByRole("menuitem", { name: "People" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();

  // Invite: a mistake is explained inline; then the one-time link, to copy.
  await page.getByRole("button", { name: "Invite people" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email address").fill("not an email");
  await dialog.getByRole("button", { name: "Create invite" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Enter a valid email address");
  await dialog.getByLabel("Email address").fill(colleague.email);
  await dialog.getByLabel("Role").selectOption({ label: "Editor" });
  await dialog.getByRole("button", { name: "Create invite" }).click();
  await expect(dialog.getByRole("status")).toContainText("nothing was sent");
  await dialog.getByRole("button", { name: "Copy" }).click();
  await expect(dialog.getByRole("button", { name: "Copied" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await dialog.getByLabel("Invite link").inputValue());
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await dialog.getByRole("button", { name: "Done" }).click();
  const pending = page.getByRole("list", { name: "Pending invites" });
  await expect(pending.getByRole("listitem").filter({ hasText: colleague.email })).toContainText("Editor");

  // The colleague, in a browser of their own, opens the link and signs up.
  const nia = await otherBrowser(browser, baseURL!);
  await nia.goto(link);
  await expect(nia.getByText("Ada Admin invited you as an Editor")).toBeVisible();
  await expect(nia.getByLabel("Email")).toHaveValue(colleague.email);
  await nia.getByLabel("Your name").fill(colleague.name);
  await nia.getByLabel("Password", { exact: true }).fill("a brand new passphrase");
  await nia.getByLabel("Confirm password").fill("a different passphrase");
  await nia.getByRole("button", { name: "Create account" }).click();
  await expect(nia.getByText("The two passwords don't match")).toBeVisible();
  await nia.getByLabel("Confirm password").fill("a brand new passphrase");
  await nia.getByRole("button", { name: "Create account" }).click();
  await expect(nia).toHaveURL(/\/$/);
  await expect(nia.getByRole("heading", { level: 1, name: "Briefs" })).toBeVisible();
  await expect(nia.getByRole("banner").getByRole("button", { name: colleague.name })).toBeVisible();

  // The link is used up.
  const again = await otherBrowser(browser, baseURL!);
  await again.goto(link);
  await expect(again.getByRole("heading", { name: "This invite can't be used" })).toBeVisible();
  await expect(again.getByText("This invite has already been used. Sign in instead.")).toHaveRole("alert");
  await again.context().close();

  // The admin shares a brief with them as editor; they edit a section.
  const country = uniqueCountry("Invitia");
  const briefUrl = await createBrief(page, country);
  await shareBrief(page, colleague.email, "Editor");
  await nia.goto(briefUrl);
  await openSection(nia, "Crises");
  await typeInSection(nia, "Written by the newest member of the desk.");
  await expect(saveStatus(nia)).toHaveText("Saved");
  await expect(editor(nia)).toContainText("newest member of the desk");
  await nia.context().close();
});
