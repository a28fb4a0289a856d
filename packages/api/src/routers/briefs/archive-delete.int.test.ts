import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../../testing/harness.ts";

// Issue 9, "Briefs": archive (hidden from the dashboard, read-only, restorable) and delete
// (admins only, typed confirmation, an audit record that outlives the brief).

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const ARCHIVED = /archived, so it is read-only/;

async function archivedBrief() {
  const editor = await h.user("EDITOR");
  const reviewer = await h.user("REVIEWER");
  const briefId = await h.brief(editor, [[reviewer, "REVIEWER"]]);
  const section = await h.section(briefId);
  const me = h.caller(editor);
  const first = await me.sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("One") });
  const thread = await me.comments.createThread({ sectionId: section.id, anchor: null, body: "A thought" });
  await me.briefs.archive({ briefId, archived: true });
  return { editor, reviewer, briefId, section, me, first, thread };
}

describe("archiving a brief", () => {
  it("hides it from the dashboard unless asked, and it stays readable", async () => {
    const { editor, briefId, me } = await archivedBrief();
    expect((await me.briefs.list({})).items.map((b) => b.id)).not.toContain(briefId);
    expect((await me.briefs.list({ includeArchived: true })).items.map((b) => b.id)).toContain(briefId);
    const brief = await me.briefs.get({ briefId });
    expect(brief).toMatchObject({ archived: true, canEdit: false, canManage: true });
    expect(brief.sections.every((s) => !s.canEdit)).toBe(true);
    const got = await me.sections.get({ briefId, key: "crises" });
    expect(got.canEdit).toBe(false);
    expect(got.current?.content).toEqual(doc("One"));
    const row = await h.db.brief.findUniqueOrThrow({ where: { id: briefId } });
    expect(row.archivedById).toBe(editor.id);
  });

  it("refuses every change inside it with a clear message, and writes nothing", async () => {
    const { briefId, section, me, first, thread, reviewer, editor } = await archivedBrief();
    const attempts: [string, () => Promise<unknown>][] = [
      [
        "save",
        () => me.sections.save({ sectionId: section.id, baseRevisionId: first.id, content: doc("Two") }),
      ],
      ["restore", () => me.revisions.restore({ sectionId: section.id, revisionId: first.id })],
      ["comment", () => me.comments.createThread({ sectionId: section.id, anchor: null, body: "x" })],
      ["reply", () => me.comments.reply({ threadId: thread.threadId, body: "x", mentionUserIds: [] })],
      ["resolve", () => me.comments.setStatus({ threadId: thread.threadId, status: "RESOLVED" })],
      ["version", () => me.versions.create({ briefId, name: "v1" })],
      ["share", () => me.briefs.members.set({ briefId, email: reviewer.email, role: "VIEWER" })],
      ["unshare", () => me.briefs.members.remove({ briefId, userId: reviewer.id })],
      ["owner", () => me.sections.setOwner({ sectionId: section.id, ownerId: editor.id })],
      ["rename", () => me.briefs.update({ briefId, title: "New title" })],
      [
        "facts",
        async () => {
          const profile = await h.section(briefId, "country-profile");
          return me.sections.saveFacts({ sectionId: profile.id, baseRevisionId: null, facts: {} });
        },
      ],
    ];
    const before = await h.db.auditEvent.count({ where: { briefId } });
    for (const [what, attempt] of attempts) {
      await expect(attempt(), what).rejects.toMatchObject({ code: "FORBIDDEN", message: ARCHIVED });
    }
    expect(await h.db.auditEvent.count({ where: { briefId } })).toBe(before);
    expect(await h.db.revision.count({ where: { section: { briefId } } })).toBe(1);
    expect(await h.db.briefMember.count({ where: { briefId } })).toBe(2);
  });

  it("restoring makes it writable again; reviewers and viewers can't archive or restore", async () => {
    const { briefId, section, me, first, reviewer } = await archivedBrief();
    await expect(h.caller(reviewer).briefs.archive({ briefId, archived: false })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await h.db.brief.findUniqueOrThrow({ where: { id: briefId } })).archivedAt).not.toBeNull();
    await me.briefs.archive({ briefId, archived: false });
    const saved = await me.sections.save({
      sectionId: section.id,
      baseRevisionId: first.id,
      content: doc("Two"),
    });
    expect(saved.number).toBe(2);
    const actions = await h.db.auditEvent.findMany({
      where: { briefId, action: { in: ["brief.archive", "brief.unarchive"] } },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["brief.archive", "brief.unarchive"]);
    // Asking again for the state it is in records nothing.
    await me.briefs.archive({ briefId, archived: false });
    expect(await h.db.auditEvent.count({ where: { briefId, action: "brief.unarchive" } })).toBe(1);
  });
});

describe("deleting a brief", () => {
  it("admins only, with the title typed out; the audit record survives", async () => {
    const editor = await h.user("EDITOR");
    const admin = await h.user("ADMIN");
    const briefId = await h.brief(editor, [], "Gonia");
    const section = await h.section(briefId);
    const me = h.caller(editor);
    const first = await me.sections.save({
      sectionId: section.id,
      baseRevisionId: null,
      content: doc("One"),
    });
    await me.sections.save({ sectionId: section.id, baseRevisionId: first.id, content: doc("One two") });
    await me.comments.createThread({ sectionId: section.id, anchor: null, body: "A thought" });
    await me.versions.create({ briefId, name: "v1" });
    const title = "Gonia: Strategic U.S. Foreign Policy Analysis";

    await expect(me.briefs.delete({ briefId, confirmTitle: title })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(h.caller(admin).briefs.delete({ briefId, confirmTitle: "Gonia" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: /Type the brief's title exactly/,
    });
    expect(await h.db.brief.count({ where: { id: briefId } })).toBe(1);

    await h.caller(admin).briefs.delete({ briefId, confirmTitle: title });
    expect(await h.db.brief.count({ where: { id: briefId } })).toBe(0);
    expect(await h.db.section.count({ where: { briefId } })).toBe(0);
    const event = await h.db.auditEvent.findFirstOrThrow({ where: { briefId, action: "brief.delete" } });
    expect(event.data).toMatchObject({ title, country: "Gonia" });
    // The brief's earlier history stays in the log too.
    expect(await h.db.auditEvent.count({ where: { briefId, action: "section.save" } })).toBe(2);
    await expect(me.briefs.get({ briefId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
