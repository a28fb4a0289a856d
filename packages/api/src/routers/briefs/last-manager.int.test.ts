import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../testing/harness.ts";

// Issue 8, defect 7: the last member who could manage a brief could demote or remove themselves,
// leaving a brief nobody on it can share. Rights count as they take effect: brief role capped by
// org role, active accounts only.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const LAST = /last person who can manage this brief/;

describe("a brief always keeps a manager", () => {
  it("the only editor can't remove or demote themselves; with a second editor they can", async () => {
    const editor = await h.user("EDITOR");
    const reviewer = await h.user("REVIEWER");
    const briefId = await h.brief(editor, [[reviewer, "REVIEWER"]]);
    const me = h.caller(editor).briefs.members;
    await expect(me.remove({ briefId, userId: editor.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^You are the last person who can manage this brief/),
    });
    await expect(me.set({ briefId, email: editor.email, role: "VIEWER" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(LAST),
    });
    expect(await h.db.briefMember.findMany({ where: { briefId }, select: { role: true } })).toHaveLength(2);

    const second = await h.user("EDITOR");
    await me.set({ briefId, email: second.email, role: "EDITOR" });
    await me.set({ briefId, email: editor.email, role: "VIEWER" });
    const roles = await h.db.briefMember.findMany({ where: { briefId, userId: editor.id } });
    expect(roles[0]?.role).toBe("VIEWER");
  });

  it("counts effective rights: an 'editor' membership held by an org reviewer doesn't manage", async () => {
    const editor = await h.user("EDITOR");
    const orgReviewer = await h.user("REVIEWER");
    const briefId = await h.brief(editor, [[orgReviewer, "EDITOR"]]);
    // Two EDITOR memberships, but only one person who can actually manage the brief.
    await expect(
      h.caller(editor).briefs.members.remove({ briefId, userId: editor.id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(LAST),
    });
  });

  it("counts only active accounts", async () => {
    const editor = await h.user("EDITOR");
    const gone = await h.user("EDITOR");
    const briefId = await h.brief(editor, [[gone, "EDITOR"]]);
    await h.db.user.update({ where: { id: gone.id }, data: { deactivated: true } });
    await expect(
      h.caller(editor).briefs.members.set({ briefId, email: editor.email, role: "REVIEWER" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(LAST) });
  });

  it("an admin removing the last manager is refused too, with the same message", async () => {
    const editor = await h.user("EDITOR");
    const admin = await h.user("ADMIN");
    const briefId = await h.brief(editor);
    await expect(h.caller(admin).briefs.members.remove({ briefId, userId: editor.id })).rejects.toMatchObject(
      {
        code: "BAD_REQUEST",
        message: expect.stringMatching(/^This is the last person who can manage this brief/),
      },
    );
  });

  it("two managers stepping down at the same moment: one succeeds, one is refused", async () => {
    const a = await h.user("EDITOR");
    const b = await h.user("EDITOR");
    const briefId = await h.brief(a, [[b, "EDITOR"]]);
    const results = await Promise.allSettled([
      h.caller(a).briefs.members.set({ briefId, email: a.email, role: "VIEWER" }),
      h.caller(b).briefs.members.set({ briefId, email: b.email, role: "VIEWER" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const editors = await h.db.briefMember.count({ where: { briefId, role: "EDITOR" } });
    expect(editors).toBe(1);
  });
});
