import { createAnchorFromText } from "@dossier/editor";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, createHarness, doc, type Harness } from "../../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function team() {
  const editor = await h.user("EDITOR", "Elle Editor");
  const reviewer = await h.user("REVIEWER", "Rae Reviewer");
  const viewer = await h.user("VIEWER", "Vic Viewer");
  const colleague = await h.user("EDITOR", "Cole Colleague");
  const briefId = await h.brief(editor, [
    [reviewer, "REVIEWER"],
    [viewer, "VIEWER"],
    [colleague, "EDITOR"],
  ]);
  const section = await h.section(briefId);
  await h.db.section.update({ where: { id: section.id }, data: { ownerId: editor.id } });
  const saved = await h.caller(editor).sections.save({
    sectionId: section.id,
    baseRevisionId: null,
    content: doc("Drought is spreading across the north.", "Markets in the south are stable."),
  });
  return { editor, reviewer, viewer, colleague, briefId, section, saved };
}

const anchorOn = (content: ReturnType<typeof doc>, quote: string) => {
  const anchor = createAnchorFromText(content, quote);
  if (!anchor) throw new Error(`quote not found: ${quote}`);
  return anchor;
};

describe("comment threads", () => {
  it("lets a reviewer comment on words without writing a revision; viewers and strangers can't", async () => {
    const { reviewer, viewer, section, saved } = await team();
    const content = doc("Drought is spreading across the north.", "Markets in the south are stable.");
    const anchor = anchorOn(content, "spreading across");
    const { threadId } = await h
      .caller(reviewer)
      .comments.createThread({ sectionId: section.id, anchor, body: "Source?" });
    expect(await h.db.revision.count({ where: { sectionId: section.id } })).toBe(1);
    const thread = await h.db.commentThread.findUniqueOrThrow({ where: { id: threadId } });
    expect(thread).toMatchObject({
      originalQuote: "spreading across",
      anchorRevisionId: saved.id,
      detached: false,
    });

    const asViewer = await h
      .caller(viewer)
      .comments.createThread({ sectionId: section.id, anchor: null, body: "hi" })
      .catch((e: unknown) => e);
    expect(codeOf(asViewer)).toBe("FORBIDDEN");
    const stranger = await h.user("REVIEWER");
    const asStranger = await h
      .caller(stranger)
      .comments.createThread({ sectionId: section.id, anchor: null, body: "hi" })
      .catch((e: unknown) => e);
    expect(codeOf(asStranger)).toBe("NOT_FOUND");
    const asStrangerRead = await h
      .caller(stranger)
      .comments.listForSection({ sectionId: section.id })
      .catch((e: unknown) => e);
    expect(codeOf(asStrangerRead)).toBe("NOT_FOUND");
  });

  it("rejects an anchor whose quote is not in the saved text", async () => {
    const { reviewer, section } = await team();
    const anchor = { quote: { exact: "not there", prefix: "", suffix: "" }, position: { start: 0, end: 9 } };
    const error = await h
      .caller(reviewer)
      .comments.createThread({ sectionId: section.id, anchor, body: "?" })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("BAD_REQUEST");
    expect(await h.db.commentThread.count({ where: { sectionId: section.id } })).toBe(0);
  });

  it("follows its words through edits before, after and beside them, and detaches when they go", async () => {
    const { editor, reviewer, section, saved } = await team();
    const original = doc("Drought is spreading across the north.", "Markets in the south are stable.");
    const { threadId } = await h.caller(reviewer).comments.createThread({
      sectionId: section.id,
      anchor: anchorOn(original, "across the north"),
      body: "Which provinces?",
    });
    const edits = [
      doc("Severe drought is spreading across the north.", "Markets in the south are stable."),
      doc("Severe drought is spreading across the north, fast.", "Markets in the south are stable."),
      doc("Severe drought is spreading across the north, fast.", "Markets are stable."),
    ];
    let base = saved.id;
    for (const content of edits) {
      base = (await h.caller(editor).sections.save({ sectionId: section.id, baseRevisionId: base, content }))
        .id;
      const t = await h.db.commentThread.findUniqueOrThrow({ where: { id: threadId } });
      expect(t.detached).toBe(false);
      expect(t.anchorRevisionId).toBe(base);
      expect((t.anchor as { quote: { exact: string } }).quote.exact).toBe("across the north");
    }
    await h.caller(editor).sections.save({
      sectionId: section.id,
      baseRevisionId: base,
      content: doc("Severe drought, fast.", "Markets are stable."),
    });
    const detached = await h.db.commentThread.findUniqueOrThrow({ where: { id: threadId } });
    expect(detached).toMatchObject({ detached: true, originalQuote: "across the north" });
    const listed = await h.caller(reviewer).comments.listForSection({ sectionId: section.id });
    expect(listed.threads.find((t) => t.id === threadId)?.detached).toBe(true);
  });

  it("replies, edits and deletes own comments only; deleted shows as deleted", async () => {
    const { editor, reviewer, section } = await team();
    const { threadId, commentId } = await h
      .caller(reviewer)
      .comments.createThread({ sectionId: section.id, anchor: null, body: "Overall: good" });
    const { commentId: replyId } = await h.caller(editor).comments.reply({ threadId, body: "Thanks" });
    const notMine = await h
      .caller(editor)
      .comments.update({ commentId, body: "hijack" })
      .catch((e: unknown) => e);
    expect(codeOf(notMine)).toBe("FORBIDDEN");
    await h.caller(reviewer).comments.update({ commentId, body: "Overall: very good" });
    await h.caller(editor).comments.delete({ commentId: replyId });
    const listed = await h.caller(reviewer).comments.listForSection({ sectionId: section.id });
    const comments = listed.threads.find((t) => t.id === threadId)!.comments;
    expect(comments.map((c) => [c.body, c.deleted, c.editedAt !== null])).toEqual([
      ["Overall: very good", false, true],
      ["", true, false],
    ]);
  });

  it("is resolved and reopened by its author, the section's editors and reviewers, not viewers", async () => {
    const { editor, reviewer, viewer, colleague, section } = await team();
    const { threadId } = await h
      .caller(reviewer)
      .comments.createThread({ sectionId: section.id, anchor: null, body: "Fix" });
    await h.caller(editor).comments.setStatus({ threadId, status: "RESOLVED" });
    await h.caller(reviewer).comments.setStatus({ threadId, status: "OPEN" });
    await h.caller(colleague).comments.setStatus({ threadId, status: "RESOLVED" });
    const error = await h
      .caller(viewer)
      .comments.setStatus({ threadId, status: "OPEN" })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("FORBIDDEN");
    expect((await h.db.commentThread.findUniqueOrThrow({ where: { id: threadId } })).status).toBe("RESOLVED");
  });

  it("notifies mentioned members only, plus participants and the section owner", async () => {
    const { editor, reviewer, viewer, colleague, section, briefId } = await team();
    const outsider = await h.user("EDITOR");
    const badMention = await h
      .caller(reviewer)
      .comments.createThread({
        sectionId: section.id,
        anchor: null,
        body: "@someone",
        mentionUserIds: [outsider.id],
      })
      .catch((e: unknown) => e);
    expect(codeOf(badMention)).toBe("BAD_REQUEST");

    const { threadId } = await h.caller(reviewer).comments.createThread({
      sectionId: section.id,
      anchor: null,
      body: "@Vic Viewer have a look",
      mentionUserIds: [viewer.id],
    });
    const kinds = async (userId: string) =>
      (await h.db.notification.findMany({ where: { userId, threadId } })).map((n) => n.kind).sort();
    expect(await kinds(viewer.id)).toEqual(["MENTION"]);
    expect(await kinds(editor.id)).toEqual(["NEW_THREAD"]);
    expect(await kinds(colleague.id)).toEqual([]);
    expect(await kinds(reviewer.id)).toEqual([]);

    await h.caller(editor).comments.reply({ threadId, body: "On it" });
    expect(await kinds(reviewer.id)).toEqual(["REPLY"]);
    const bell = await h.caller(reviewer).notifications.list();
    expect(bell.unread).toBe(1);
    expect(bell.items[0]).toMatchObject({ kind: "REPLY", thread: { briefId, section: { key: "crises" } } });
    await h.caller(reviewer).notifications.markRead({});
    expect((await h.caller(reviewer).notifications.list()).unread).toBe(0);
  });

  it("lists a brief's open threads with filters, and counts them in the outline", async () => {
    const { editor, reviewer, section, briefId } = await team();
    const a = await h
      .caller(reviewer)
      .comments.createThread({ sectionId: section.id, anchor: null, body: "A" });
    await h.caller(editor).comments.createThread({
      sectionId: section.id,
      anchor: null,
      body: "B",
      mentionUserIds: [reviewer.id],
    });
    await h.caller(reviewer).comments.setStatus({ threadId: a.threadId, status: "RESOLVED" });
    const open = await h.caller(reviewer).comments.listForBrief({ briefId });
    expect(open.map((t) => t.comments[0]?.body)).toEqual(["B"]);
    const all = await h.caller(reviewer).comments.listForBrief({ briefId, status: "ALL" });
    expect(all).toHaveLength(2);
    const mine = await h
      .caller(reviewer)
      .comments.listForBrief({ briefId, status: "ALL", authorId: reviewer.id });
    expect(mine.map((t) => t.comments[0]?.body)).toEqual(["A"]);
    const mentionsMe = await h.caller(reviewer).comments.listForBrief({ briefId, mentionsMe: true });
    expect(mentionsMe.map((t) => t.comments[0]?.body)).toEqual(["B"]);
    const outline = await h.caller(reviewer).briefs.get({ briefId });
    expect(outline.sections.find((s) => s.key === "crises")?.openThreads).toBe(1);
  });
});
