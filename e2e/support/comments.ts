import { expect, type Locator, type Page } from "@playwright/test";
import { editor } from "./briefs.ts";

/** The section's comments panel (a complementary landmark beside the text). */
export const commentsPanel = (page: Page) => page.getByRole("complementary", { name: "Comments" });

/** The section header's toggle; its name is "Comments" plus the open-thread count. */
export const commentsToggle = (page: Page) => page.getByRole("button", { name: /^Comments(\s+\d+)?$/ });

/** Opens the comments panel (clicking again if the page wasn't interactive yet). */
export async function openComments(page: Page) {
  const toggle = commentsToggle(page);
  await expect(async () => {
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await expect(commentsPanel(page)).toBeVisible({ timeout: 2_000 });
  }).toPass();
}

/** A thread card in the panel, named after the words it is about. */
export const threadCard = (page: Page, quote: string | RegExp): Locator =>
  commentsPanel(page).getByRole("article", {
    name: typeof quote === "string" ? `Comment thread on “${quote}”` : quote,
  });

/** The highlight over a thread's words in the editor. */
export const highlight = (page: Page, text: string) =>
  editor(page).locator(".comment-mark", { hasText: text });

/**
 * Selects `text` in the section's editor as a person would with the mouse (a DOM selection the
 * editor picks up), in editable and read-only text alike.
 */
export async function selectInEditor(page: Page, text: string) {
  const box = editor(page);
  if ((await box.getAttribute("contenteditable")) === "true") await box.focus();
  await box.evaluate((root, wanted) => {
    // The words may span several text nodes (highlights, formatting): search their joined text.
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const starts: number[] = [];
    let joined = "";
    for (const node of nodes) {
      starts.push(joined.length);
      joined += node.data;
    }
    const at = joined.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the section text`);
    // The start lies in the node holding its first character, the end in the one holding its last.
    const first = nodes.findIndex((n, i) => at >= starts[i]! && at < starts[i]! + n.data.length);
    const end = at + wanted.length;
    const last = nodes.findIndex((n, i) => end > starts[i]! && end <= starts[i]! + n.data.length);
    const from = { node: nodes[first]!, offset: at - starts[first]! };
    const to = { node: nodes[last]!, offset: end - starts[last]! };
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, text);
}

/** Selects words and comments on them through the "Comment" bubble. */
export async function commentOn(page: Page, quote: string, body: string) {
  await selectInEditor(page, quote);
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  const box = commentsPanel(page).getByRole("region", { name: "New comment" });
  await box.getByRole("textbox", { name: "Comment" }).fill(body);
  await box.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(box).toHaveCount(0);
}
