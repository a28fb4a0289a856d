import { signIn } from "./support/auth.ts";
import { expect, test } from "./support/fixtures.ts";
import { newColleague, otherBrowser, userMenu } from "./support/people.ts";

test("on their profile, someone renames themselves, changes password (ending their other session) and signs out everywhere", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const me = await newColleague(baseURL!);
  const phone = await otherBrowser(browser, baseURL!);
  await signIn(page, me.email, me.password);
  await signIn(phone, me.email, me.password);

  await userMenu(page, me.name, "Profile");
  await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
  const renamed = `${me.name} Renamed`;
  await page.getByLabel("Full name").fill(renamed);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Name saved.")).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: renamed })).toBeVisible();

  const password = page.getByRole("region", { name: "Password" });
  await password.getByLabel("Current password").fill("not my password");
  await password.getByLabel("New password", { exact: true }).fill("my second passphrase");
  await password.getByLabel("Confirm new password").fill("my second passphrase");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByRole("alert")).toHaveText("Your current password isn't right");
  await password.getByLabel("Current password").fill(me.password);
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByText("Password changed. 1 other session was signed out.")).toBeVisible();

  // The other browser is signed out; this one isn't.
  await phone.reload();
  await expect(phone).toHaveURL(/\/signin/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
  await signIn(phone, me.email, "my second passphrase");

  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Sign out everywhere?" });
  await expect(confirm).toContainText("this one included");
  await confirm.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await phone.reload();
  await expect(phone).toHaveURL(/\/signin/);
  await phone.context().close();
});
