import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../../testing/harness.ts";

// Issue 9: "Owner: Unassigned" becomes a picker. Who may assign, and who may be assigned.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function team() {
  const editor = await h.user("EDITOR");
  const second = await h.user("EDITOR");
  const reviewer = await h.user("REVIEWER");
  const viewer = await h.user("VIEWER");
  const orgReviewer = await h.user("REVIEWER");
  const briefId = await h.brief(editor, [
    [second, "EDITOR"],
    [reviewer, "REVIEWER"],
    [viewer, "VIEWER"],
    [orgReviewer, "EDITOR"],
  ]);
  const section = await h.section(briefId);
  return { editor, second, reviewer, viewer, orgReviewer, briefId, section };
}

const ownerOf = async (sectionId: string) =>
  (await h.db.section.findUniqueOrThrow({ where: { id: sectionId } })).ownerId;

describe("sections.setOwner", () => {
  it("an editor assigns a member who can edit, and back to unassigned; each change is audited", async () => {
    const { editor, second, section } = await team();
    const result = await h.caller(editor).sections.setOwner({ sectionId: section.id, ownerId: second.id });
    expect(result.owner).toEqual({ id: second.id, name: second.name });
    expect(await ownerOf(section.id)).toBe(second.id);
    // Owning limits who edits the text: the first editor can no longer save it...
    await expect(
      h.caller(editor).sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("x") }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // ...but may still reassign it (organising the brief is an editor's job).
    await h.caller(editor).sections.setOwner({ sectionId: section.id, ownerId: null });
    expect(await ownerOf(section.id)).toBeNull();
    const events = await h.db.auditEvent.findMany({
      where: { sectionId: section.id, action: "section.setOwner" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.data)).toEqual([
      { ownerName: second.name, previousOwnerId: null },
      { ownerName: null, previousOwnerId: second.id },
    ]);
  });

  it("refuses owners who can't edit: reviewers, viewers, capped org reviewers, non-members, deactivated", async () => {
    const { editor, reviewer, viewer, orgReviewer, section } = await team();
    const outsider = await h.user("EDITOR");
    const gone = await h.user("EDITOR");
    await h.db.briefMember.create({ data: { briefId: section.briefId, userId: gone.id, role: "EDITOR" } });
    await h.db.user.update({ where: { id: gone.id }, data: { deactivated: true } });
    for (const who of [reviewer, viewer, orgReviewer, outsider, gone]) {
      await expect(
        h.caller(editor).sections.setOwner({ sectionId: section.id, ownerId: who.id }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST", message: /must be a member of the brief who can edit/ });
    }
    expect(await ownerOf(section.id)).toBeNull();
    expect(
      await h.db.auditEvent.count({ where: { sectionId: section.id, action: "section.setOwner" } }),
    ).toBe(0);
  });

  it("only the brief's editors and admins may assign", async () => {
    const { editor, reviewer, viewer, orgReviewer, section } = await team();
    const outsider = await h.user("EDITOR");
    const admin = await h.user("ADMIN");
    for (const who of [reviewer, viewer, orgReviewer]) {
      await expect(
        h.caller(who).sections.setOwner({ sectionId: section.id, ownerId: editor.id }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(
      h.caller(outsider).sections.setOwner({ sectionId: section.id, ownerId: editor.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await ownerOf(section.id)).toBeNull();
    await h.caller(admin).sections.setOwner({ sectionId: section.id, ownerId: editor.id });
    expect(await ownerOf(section.id)).toBe(editor.id);
  });
});

describe("brief roles in the member list", () => {
  it("adding someone without a role gives what their org role allows", async () => {
    const { editor, briefId } = await team();
    const orgEditor = await h.user("EDITOR");
    const orgReviewer = await h.user("REVIEWER");
    const orgViewer = await h.user("VIEWER");
    const admin = await h.user("ADMIN");
    const share = h.caller(editor).briefs.members;
    expect((await share.set({ briefId, email: orgEditor.email })).role).toBe("EDITOR");
    expect((await share.set({ briefId, email: orgReviewer.email })).role).toBe("REVIEWER");
    expect((await share.set({ briefId, email: orgViewer.email })).role).toBe("VIEWER");
    expect((await share.set({ briefId, email: admin.email })).role).toBe("EDITOR");
  });

  it("changing a member's role in place keeps the last manager rule", async () => {
    const editor = await h.user("EDITOR");
    const reviewer = await h.user("REVIEWER");
    const briefId = await h.brief(editor, [[reviewer, "REVIEWER"]]);
    const share = h.caller(editor).briefs.members;
    await share.set({ briefId, email: reviewer.email, role: "VIEWER" });
    await expect(share.set({ briefId, email: editor.email, role: "VIEWER" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: /last person who can manage this brief/,
    });
    const roles = await h.db.briefMember.findMany({
      where: { briefId },
      select: { userId: true, role: true },
    });
    expect(new Map(roles.map((r) => [r.userId, r.role]))).toEqual(
      new Map([
        [editor.id, "EDITOR"],
        [reviewer.id, "VIEWER"],
      ]),
    );
  });
});
