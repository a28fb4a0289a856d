import { expect, type Page } from "@playwright/test";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Creates a brief through the dashboard's "New brief" dialog; lands on its first section. */
export async function createBrief(page: Page, country: string): Promise<string> {
  await page.goto("/");
  await page.getByRole("button", { name: "New brief" }).click();
  await page.getByLabel("Country").fill(country);
  await page.getByRole("button", { name: "Create brief" }).click();
  await expect(page).toHaveURL(/\/briefs\/[^/]+\/preface$/);
  await expect(page.getByRole("heading", { level: 1, name: "Preface" })).toBeVisible();
  return page.url().replace(/\/preface$/, "");
}

/** Opens a leaf section from the outline (its link reads "<title>, written" or "<title>, empty"). */
export async function openSection(page: Page, title: string) {
  await outline(page)
    .getByRole("link", { name: new RegExp(`^${escapeRegExp(title)}\\s*,`) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

export const outline = (page: Page) => page.getByRole("navigation", { name: "Sections" });
export const editor = (page: Page) => page.getByRole("textbox", { name: "Section text" });
export const history = (page: Page) => page.getByRole("list", { name: "Revisions" });
/** The save indicator (loading skeletons also use role=status, so match its texts). */
export const saveStatus = (page: Page) =>
  page.getByRole("status").filter({ hasText: /^(Saved|Saving…|Unsaved changes|Error: .*|Offline.*)$/ });

/** Types at the end of the section's text. */
export async function typeInSection(page: Page, text: string) {
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(text);
}

/** Opens revision #n from the history panel, unfolding a group of saves if it's in one. */
export async function openRevision(page: Page, n: number) {
  const row = history(page).getByRole("button", { name: new RegExp(`^#${n} ·`) });
  const group = history(page)
    .getByRole("button", { name: /^Show \d+ saves$/ })
    .first();
  // Wait for one of them: right after a save the list may not show the new revision yet, and
  // `isVisible` doesn't wait (it then looked for a group that never came).
  await expect(row.or(group).first()).toBeVisible();
  if (!(await row.isVisible())) await group.click();
  await row.click();
  await expect(page.getByRole("heading", { level: 2, name: `Revision #${n}` })).toBeVisible();
}
