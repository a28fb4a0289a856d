import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../../testing/harness.ts";

// Issue 8, defect 8: a reviewer demoted to viewer could still edit their comments and resolve
// their threads, and a viewer could show as "editing" in presence. Rights are today's, not the
// ones someone had when they wrote.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function demotedReviewer() {
  const editor = await h.user("EDITOR");
  const reviewer = await h.user("REVIEWER");
  const briefId = await h.brief(editor, [[reviewer, "REVIEWER"]]);
  const section = await h.section(briefId);
  await h.caller(editor).sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("Text") });
  const thread = await h.caller(reviewer).comments.createThread({
    sectionId: section.id,
    anchor: null,
    body: "Needs a source",
  });
  await h.caller(editor).briefs.members.set({ briefId, email: reviewer.email, role: "VIEWER" });
  return { editor, reviewer, briefId, section, thread };
}

const READ_ONLY = { code: "FORBIDDEN", message: "You have read-only access to this brief" };

describe("a reviewer demoted to viewer", () => {
  it("can no longer edit or delete their comments", async () => {
    const { reviewer, thread } = await demotedReviewer();
    const comments = h.caller(reviewer).comments;
    await expect(comments.update({ commentId: thread.commentId, body: "Changed" })).rejects.toMatchObject(
      READ_ONLY,
    );
    await expect(comments.delete({ commentId: thread.commentId })).rejects.toMatchObject(READ_ONLY);
    const row = await h.db.comment.findUniqueOrThrow({ where: { id: thread.commentId } });
    expect(row).toMatchObject({ body: "Needs a source", deletedAt: null });
  });

  it("can no longer resolve or reopen their thread", async () => {
    const { reviewer, thread } = await demotedReviewer();
    await expect(
      h.caller(reviewer).comments.setStatus({ threadId: thread.threadId, status: "RESOLVED" }),
    ).rejects.toMatchObject(READ_ONLY);
    expect((await h.db.commentThread.findUniqueOrThrow({ where: { id: thread.threadId } })).status).toBe(
      "OPEN",
    );
  });

  it("an org-level demotion caps them the same way", async () => {
    const editor = await h.user("EDITOR");
    const reviewer = await h.user("REVIEWER");
    const briefId = await h.brief(editor, [[reviewer, "REVIEWER"]]);
    const section = await h.section(briefId);
    const thread = await h
      .caller(reviewer)
      .comments.createThread({ sectionId: section.id, anchor: null, body: "Q" });
    await h.db.user.update({ where: { id: reviewer.id }, data: { role: "VIEWER" } });
    const demoted = { ...reviewer, role: "VIEWER" as const };
    await expect(
      h.caller(demoted).comments.update({ commentId: thread.commentId, body: "x" }),
    ).rejects.toMatchObject(READ_ONLY);
  });
});

describe("presence shows editing only for people who may edit", () => {
  it("a viewer's heartbeat saying 'editing' shows them as reading", async () => {
    const editor = await h.user("EDITOR");
    const viewer = await h.user("VIEWER");
    const briefId = await h.brief(editor, [[viewer, "VIEWER"]]);
    const section = await h.section(briefId);
    await h
      .caller(viewer)
      .presence.heartbeat({ sectionId: section.id, clientId: "viewer-tab-1", editing: true });
    await h
      .caller(editor)
      .presence.heartbeat({ sectionId: section.id, clientId: "editor-tab-1", editing: true });
    const present = await h.caller(editor).presence.list({ briefId });
    expect(present.find((p) => p.user.id === viewer.id)?.editing).toBe(false);
    expect(present.find((p) => p.user.id === editor.id)?.editing).toBe(true);
  });

  it("an editor demoted after their last heartbeat no longer shows as editing", async () => {
    const editor = await h.user("EDITOR");
    const colleague = await h.user("EDITOR");
    const briefId = await h.brief(editor, [[colleague, "EDITOR"]]);
    const section = await h.section(briefId);
    await h
      .caller(colleague)
      .presence.heartbeat({ sectionId: section.id, clientId: "colleague-tab", editing: true });
    await h.caller(editor).briefs.members.set({ briefId, email: colleague.email, role: "VIEWER" });
    const present = await h.caller(editor).presence.list({ briefId });
    expect(present.find((p) => p.user.id === colleague.id)?.editing).toBe(false);
  });
});
