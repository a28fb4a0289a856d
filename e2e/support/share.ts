import { expect, type Page } from "@playwright/test";

/** Shares the open brief with a demo user through the Share dialog. */
export async function shareBrief(page: Page, email: string, role: "Editor" | "Reviewer" | "Viewer") {
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email address").fill(email);
  await dialog.getByLabel("Role").selectOption({ label: role });
  await dialog.getByRole("button", { name: "Add" }).click();
  await expect(dialog.getByText(email)).toBeVisible();
  await page.keyboard.press("Escape");
}
