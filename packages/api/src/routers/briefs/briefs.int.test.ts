import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, createHarness, doc, type Harness } from "../../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe("briefs", () => {
  it("creates a brief with every template section, empty, and the creator as editor", async () => {
    const editor = await h.user("EDITOR");
    const briefId = await h.brief(editor, [], "Freedonia");
    const brief = await h.caller(editor).briefs.get({ briefId });
    expect(brief.title).toBe("Freedonia: Strategic U.S. Foreign Policy Analysis");
    expect(brief.sections.filter((s) => s.isLeaf)).toHaveLength(41);
    expect(brief.sections.every((s) => !s.filled)).toBe(true);
    expect(brief.myRole).toBe("EDITOR");
    const overview = brief.sections.find((s) => s.key === "overview")!;
    expect(brief.sections.filter((s) => s.parentId === overview.id).map((s) => s.key)).toEqual([
      "country-profile",
      "importance-to-interests",
      "democracy-score",
      "historical-context",
    ]);
  });

  it("rejects a bad country name with BAD_REQUEST and creates nothing", async () => {
    const editor = await h.user("EDITOR");
    const before = await h.db.brief.count();
    for (const country of ["", "x", "<script>alert(1)</script>", "a".repeat(81)]) {
      const error = await h
        .caller(editor)
        .briefs.create({ country })
        .catch((e: unknown) => e);
      expect(codeOf(error)).toBe("BAD_REQUEST");
    }
    expect(await h.db.brief.count()).toBe(before);
  });

  it("lets only admins and editors create briefs", async () => {
    for (const role of ["REVIEWER", "VIEWER"] as const) {
      const error = await h
        .caller(await h.user(role))
        .briefs.create({ country: "Nowhere" })
        .catch((e: unknown) => e);
      expect(codeOf(error)).toBe("FORBIDDEN");
    }
  });

  it("lists the briefs a user is a member of (admins see all) with completeness", async () => {
    const editor = await h.user("EDITOR");
    const viewer = await h.user("VIEWER");
    const stranger = await h.user("EDITOR");
    const admin = await h.user("ADMIN");
    const briefId = await h.brief(editor, [[viewer, "VIEWER"]], "Listland");
    const crises = await h.section(briefId, "crises");
    await h
      .caller(editor)
      .sections.save({ sectionId: crises.id, baseRevisionId: null, content: doc("Filled") });

    const seen = async (actor: Awaited<ReturnType<Harness["user"]>>) =>
      (await h.caller(actor).briefs.list()).items.find((b) => b.id === briefId);
    expect(await seen(editor)).toMatchObject({ filledCount: 1, leafCount: 41, myRole: "EDITOR" });
    expect(await seen(viewer)).toMatchObject({ myRole: "VIEWER" });
    expect(await seen(admin)).toMatchObject({ myRole: "ADMIN" });
    expect(await seen(stranger)).toBeUndefined();
    expect(
      codeOf(
        await h
          .caller(stranger)
          .briefs.get({ briefId })
          .catch((e: unknown) => e),
      ),
    ).toBe("NOT_FOUND");
  });

  it("caps a member's brief role by their org role", async () => {
    const editor = await h.user("EDITOR");
    const reviewer = await h.user("REVIEWER");
    const briefId = await h.brief(editor, [[reviewer, "EDITOR"]]);
    const section = await h.caller(reviewer).sections.get({ briefId, key: "crises" });
    expect(section.canEdit).toBe(false);
  });

  it("shows a section's current content and history to a viewer, read-only", async () => {
    const editor = await h.user("EDITOR");
    const viewer = await h.user("VIEWER");
    const briefId = await h.brief(editor, [[viewer, "VIEWER"]]);
    const crises = await h.section(briefId, "crises");
    const saved = await h
      .caller(editor)
      .sections.save({ sectionId: crises.id, baseRevisionId: null, content: doc("Hello") });
    const seen = await h.caller(viewer).sections.get({ briefId, key: "crises" });
    expect(seen).toMatchObject({
      canEdit: false,
      current: { id: saved.id, number: 1, author: { id: editor.id } },
    });
    const history = await h.caller(viewer).revisions.list({ sectionId: crises.id });
    expect(history.items.map((r) => r.number)).toEqual([1]);
  });

  it("adds members by email; only brief editors may", async () => {
    const editor = await h.user("EDITOR");
    const viewer = await h.user("VIEWER");
    const briefId = await h.brief(editor);
    await h.caller(editor).briefs.members.set({ briefId, email: viewer.email, role: "VIEWER" });
    const members = await h.caller(viewer).briefs.members.list({ briefId });
    expect(members.map((m) => m.id).sort()).toEqual([editor.id, viewer.id].sort());
    const error = await h
      .caller(viewer)
      .briefs.members.set({ briefId, email: viewer.email, role: "EDITOR" })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("FORBIDDEN");
    const unknown = await h
      .caller(editor)
      .briefs.members.set({ briefId, email: "nobody@nowhere.test", role: "VIEWER" })
      .catch((e: unknown) => e);
    expect(codeOf(unknown)).toBe("NOT_FOUND");
  });
});
