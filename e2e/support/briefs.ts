import { expect, type Page } from "@playwright/test";

/** Creates a brief through the dashboard's "New brief" dialog and returns its URL. */
export async function createBrief(page: Page, country: string): Promise<string> {
  await page.goto("/");
  await page.getByRole("button", { name: "New brief" }).click();
  await page.getByLabel("Country").fill(country);
  await page.getByRole("button", { name: "Create brief" }).click();
  await expect(page).toHaveURL(/\/briefs\/[^/]+/);
  await expect(page.getByRole("heading", { name: new RegExp(`^${country}`) }).first()).toBeVisible();
  return page.url();
}

export async function openSection(page: Page, title: string) {
  await page
    .getByRole("navigation", { name: "Outline" })
    .getByRole("link", { name: title, exact: false })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

export const editor = (page: Page) => page.getByRole("textbox", { name: "Section text" });
export const saveStatus = (page: Page) =>
  page.getByRole("status").filter({ hasText: /Saved|Saving|Unsaved|Error/ });
