import { demo, signIn, uniqueCountry } from "./support/auth.ts";
import { createBrief, editor, openSection, saveStatus, typeInSection } from "./support/briefs.ts";
import {
  commentOn,
  commentsPanel,
  highlight,
  openComments,
  selectInEditor,
  threadCard,
} from "./support/comments.ts";
import { type Browser, expect, type Page, test } from "./support/fixtures.ts";
import { shareBrief } from "./support/share.ts";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test("a reviewer comments on words; the editor sees it live, replies, resolves, and the thread detaches", async ({
  page: a,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(a, demo.editor);
  await createBrief(a, uniqueCountry("Commentia"));
  await shareBrief(a, demo.reviewer, "Reviewer");
  await openSection(a, "Crises");
  const sectionUrl = a.url();
  await typeInSection(a, "Drought is spreading across the north. Markets in the south are stable.");
  await expect(saveStatus(a)).toHaveText("Saved");
  await openComments(a);

  const b = await signedIn(browser, demo.reviewer);
  await b.goto(sectionUrl);
  await expect(editor(b)).toContainText("Markets in the south");
  await openComments(b);

  // Each sees the other on the section.
  await expect(
    b.getByRole("list", { name: "Here now" }).getByRole("img", { name: /^Elena Editor — / }),
  ).toBeVisible();
  await expect(
    a.getByRole("list", { name: "Here now" }).getByRole("img", { name: "Ravi Reviewer — viewing" }),
  ).toBeVisible();

  // B comments on words in the (read-only for a reviewer) text.
  await commentOn(b, "spreading across", "Which provinces? Source please.");
  await expect(highlight(b, "spreading across")).toBeVisible();

  // A sees the highlight and the thread without reloading.
  await expect(highlight(a, "spreading across")).toBeVisible();
  const threadA = threadCard(a, "spreading across");
  await expect(threadA).toContainText("Which provinces? Source please.");
  await expect(threadA).toContainText("Ravi Reviewer");

  // Clicking the highlighted words opens (selects) their thread.
  await highlight(a, "spreading across").click();
  await expect(threadA).toHaveAttribute("aria-current", "true");

  // A replies; B sees the reply live.
  await threadA.getByRole("textbox", { name: "Reply" }).fill("Mopti and Timbuktu; UN OCHA, May.");
  await threadA.getByRole("button", { name: "Reply", exact: true }).click();
  const threadB = threadCard(b, "spreading across");
  await expect(threadB).toContainText("Mopti and Timbuktu; UN OCHA, May.");

  // B resolves: it leaves B's list of open threads (one click shows it again). A, who is reading
  // it, sees it marked resolved rather than vanishing.
  await threadB.getByRole("button", { name: "Resolve thread" }).click();
  await expect(threadB).toHaveCount(0);
  await expect(commentsPanel(b).getByRole("button", { name: "Show resolved (1)" })).toBeVisible();
  await expect(threadA.getByText("Resolved", { exact: true })).toBeVisible();
  await expect(threadA).toContainText("Resolved by Ravi Reviewer");
  await expect(threadA.getByRole("button", { name: "Reopen thread" })).toBeVisible();
  await commentsPanel(a).getByRole("button", { name: "Show resolved (1)" }).click();
  await expect(commentsPanel(a).getByRole("button", { name: "Hide resolved (1)" })).toBeVisible();

  // A deletes the commented words and saves: the thread stays, detached, with its quote.
  await selectInEditor(a, "spreading across ");
  await a.keyboard.press("Backspace");
  await a.keyboard.press("ControlOrMeta+s");
  await expect(saveStatus(a)).toHaveText("Saved");
  await expect(editor(a)).toContainText("Drought is the north.");
  await expect(threadA.getByText("Detached")).toBeVisible();
  await expect(threadA.getByRole("blockquote")).toHaveText("spreading across");
  await commentsPanel(b).getByRole("button", { name: "Show resolved (1)" }).click();
  await expect(threadB.getByText("Detached")).toBeVisible();
  await expect(threadB.getByRole("blockquote")).toHaveText("spreading across");
  // B got the new text in place (no unsaved edits there).
  await expect(editor(b)).toContainText("Drought is the north.");
  await b.context().close();
});

test("comments are plain text: markup never runs in another browser; a mention notifies the analyst", async ({
  page: a,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(a, demo.editor);
  await createBrief(a, uniqueCountry("Escapia"));
  await shareBrief(a, demo.reviewer, "Reviewer");
  await shareBrief(a, demo.analyst, "Editor");
  await openSection(a, "Crises");
  const sectionUrl = a.url();
  await typeInSection(a, "Inflation is easing in the capital.");
  await expect(saveStatus(a)).toHaveText("Saved");
  await openComments(a);

  // The analyst waits on the dashboard with nothing unread.
  const c = await signedIn(browser, demo.analyst);
  const bell = c.getByRole("button", { name: /^Notifications/ });
  await bell.click();
  await expect(c.getByRole("list", { name: "Notifications" }).or(c.getByText("Nothing yet"))).toBeVisible();
  const markAll = c.getByRole("button", { name: "Mark all read" });
  if (await markAll.isEnabled()) await markAll.click();
  await expect(bell).toHaveAccessibleName("Notifications");
  await c.keyboard.press("Escape");

  const dialogs: string[] = [];
  a.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  const b = await signedIn(browser, demo.reviewer);
  await b.goto(sectionUrl);
  await openComments(b);
  const xss = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;
  await commentOn(b, "easing", xss);

  const threadA = threadCard(a, "easing");
  await expect(threadA).toContainText(xss);
  await expect(threadA.locator("img, script")).toHaveCount(0);
  expect(await a.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // A mention, picked from the autocomplete, notifies the analyst.
  const reply = threadCard(b, "easing").getByRole("textbox", { name: "Reply" });
  await reply.click();
  await reply.pressSequentially("Can @Om");
  const options = b.getByRole("listbox", { name: "Mention someone" });
  await expect(options.getByRole("option", { name: /Omar Analyst/ })).toBeVisible();
  await options.getByRole("option", { name: /Omar Analyst/ }).click();
  await reply.pressSequentially("check the figure?");
  await expect(reply).toHaveValue("Can @Omar Analyst check the figure?");
  await threadCard(b, "easing").getByRole("button", { name: "Reply", exact: true }).click();
  await expect(threadCard(a, "easing").getByText("@Omar Analyst")).toBeVisible();

  const cDialogs: string[] = [];
  c.on("dialog", (d) => {
    cDialogs.push(d.message());
    void d.dismiss();
  });
  // The bell updates without a reload.
  await expect(bell).toHaveAccessibleName(/1 unread/);
  await bell.click();
  const item = c.getByRole("list", { name: "Notifications" }).getByRole("link").first();
  await expect(item).toContainText("Ravi Reviewer mentioned you");
  await item.click();
  await expect(c).toHaveURL(/\/crises\?thread=/);
  await expect(threadCard(c, "easing")).toHaveAttribute("aria-current", "true");
  await expect(threadCard(c, "easing")).toContainText(xss);
  await expect(bell).toHaveAccessibleName("Notifications");
  expect(await c.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await a.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect([...dialogs, ...cDialogs]).toEqual([]);
  await b.context().close();
  await c.context().close();
});

test("a thread on the whole section: edit and delete your own comment; the brief lists its open threads", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demo.editor);
  await createBrief(page, uniqueCountry("Editia"));
  await openSection(page, "Frank Narrative");
  await openComments(page);

  // Commenting on words not saved yet saves them first (a pin must quote saved text).
  await typeInSection(page, "The junta promised elections by 2026.");
  await selectInEditor(page, "elections by 2026");
  await page.keyboard.press("Control+Alt+m");
  const pinned = commentsPanel(page).getByRole("region", { name: "New comment" });
  await pinned.getByRole("textbox", { name: "Comment" }).fill("Has a date been set?");
  await pinned.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(threadCard(page, "elections by 2026")).toContainText("Has a date been set?");
  await expect(saveStatus(page)).toHaveText("Saved");
  await expect(highlight(page, "elections by 2026")).toBeVisible();

  await commentsPanel(page).getByRole("button", { name: "Comment on section" }).click();
  const box = commentsPanel(page).getByRole("region", { name: "New comment" });
  await box.getByRole("textbox", { name: "Comment" }).fill("Needs a stronger opening.");
  await box.getByRole("button", { name: "Comment", exact: true }).click();
  const card = commentsPanel(page).getByRole("article", { name: "Comment thread on the whole section" });
  await expect(card).toContainText("Needs a stronger opening.");
  await expect(
    page
      .getByRole("navigation", { name: "Sections" })
      .getByRole("link", { name: /^Frank Narrative\s*,.*2 open threads/ }),
  ).toBeVisible();

  // Edit.
  await card.getByText("Needs a stronger opening.").hover();
  await card.getByRole("button", { name: "Comment actions" }).click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  const edit = card.getByRole("textbox", { name: "Edit comment" });
  await edit.fill("Needs a much stronger opening.");
  await card.getByRole("button", { name: "Save" }).click();
  await expect(card).toContainText("Needs a much stronger opening.");
  await expect(card).toContainText("edited");

  // A reply keeps the thread going after the first comment is deleted.
  await card.getByRole("textbox", { name: "Reply" }).fill("Agreed — see the fixture's wording.");
  await card.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(card).toContainText("Agreed — see the fixture's wording.");
  await card.getByText("Needs a much stronger opening.").hover();
  await card.getByRole("button", { name: "Comment actions" }).first().click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await card.getByRole("button", { name: "Delete comment" }).click();
  await expect(card.getByText("comment deleted")).toBeVisible();
  await expect(card).not.toContainText("Needs a much stronger opening.");
  await expect(card).toContainText("Agreed — see the fixture's wording.");

  // The brief's panel lists it, with filters.
  await page.getByRole("link", { name: /^Comments/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Comments" })).toBeVisible();
  const list = page.getByRole("list", { name: "Threads" });
  await expect(list.getByRole("article")).toHaveCount(2);
  await expect(list).toContainText("Frank Narrative");
  await page.getByLabel("Mentions me").check();
  await expect(page.getByText("No threads match these filters.")).toBeVisible();
  await page.getByLabel("Mentions me").uncheck();
  await page.getByLabel("Section", { exact: true }).selectOption({ label: "Crises" });
  await expect(page.getByText("No threads match these filters.")).toBeVisible();
  await page.getByLabel("Section", { exact: true }).selectOption({ label: "Frank Narrative (2)" });
  await expect(list.getByRole("article")).toHaveCount(2);
  await list
    .getByRole("article", { name: "Thread on the whole section" })
    .getByRole("link", { name: "Frank Narrative" })
    .click();
  await expect(page).toHaveURL(/\/frank-narrative\?thread=/);
  await expect(card).toHaveAttribute("aria-current", "true");

  // The thread is in the URL: a reload opens the panel on it again. Closing the panel lets go of
  // it; the link still opens the panel, closed as it now is.
  const threadLink = page.url();
  await page.reload();
  await expect(card).toHaveAttribute("aria-current", "true");
  await commentsPanel(page).getByRole("button", { name: "Close comments" }).click();
  await expect(page).not.toHaveURL(/thread=/);
  await page.goto(threadLink);
  await expect(card).toHaveAttribute("aria-current", "true");
});
