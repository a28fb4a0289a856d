import { demo, signIn } from "./support/auth.ts";
import { expect, test } from "./support/fixtures.ts";

// Issue 11: a keyboard shortcut sheet on "?".
test("? opens the keyboard shortcut sheet, and typing ? in a field doesn't", async ({ page }) => {
  await signIn(page, demo.editor);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Briefs" })).toBeVisible();
  await page.keyboard.press("?");
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByText("Save now")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
});
