import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../testing/harness.ts";

// Issue 9, "Briefs": renaming, changing the country, the duplicate-country warning, and who may.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const auditCount = (briefId: string, action: string) => h.db.auditEvent.count({ where: { briefId, action } });

describe("renaming a brief and changing its country", () => {
  it("the brief's editors and admins may; the change is audited with before and after", async () => {
    const editor = await h.user("EDITOR");
    const admin = await h.user("ADMIN");
    const briefId = await h.brief(editor, [], "Malli");
    const renamed = await h
      .caller(editor)
      .briefs.update({ briefId, title: "Mali 2027 edition", country: "Mali" });
    expect(renamed).toMatchObject({ title: "Mali 2027 edition", country: "Mali" });
    const event = await h.db.auditEvent.findFirstOrThrow({ where: { briefId, action: "brief.update" } });
    expect(event.data).toEqual({
      title: "Mali 2027 edition",
      previousTitle: "Malli: Strategic U.S. Foreign Policy Analysis",
      country: "Mali",
      previousCountry: "Malli",
    });
    await h.caller(admin).briefs.update({ briefId, title: "Mali brief" });
    expect(await h.db.brief.findUniqueOrThrow({ where: { id: briefId } })).toMatchObject({
      title: "Mali brief",
      country: "Mali",
    });
  });

  it("reviewers, viewers and org reviewers holding an editor membership may not; nothing changes", async () => {
    const editor = await h.user("EDITOR");
    const reviewer = await h.user("REVIEWER");
    const viewer = await h.user("VIEWER");
    const orgReviewer = await h.user("REVIEWER");
    const outsider = await h.user("EDITOR");
    const briefId = await h.brief(editor, [
      [reviewer, "REVIEWER"],
      [viewer, "VIEWER"],
      [orgReviewer, "EDITOR"],
    ]);
    for (const who of [reviewer, viewer, orgReviewer]) {
      await expect(h.caller(who).briefs.update({ briefId, title: "Hijacked" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(h.caller(outsider).briefs.update({ briefId, title: "Hijacked" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await h.db.brief.findUniqueOrThrow({ where: { id: briefId } })).title).not.toBe("Hijacked");
    expect(await auditCount(briefId, "brief.update")).toBe(0);
  });

  it("refuses bad input before writing anything, and a change to nothing records nothing", async () => {
    const editor = await h.user("EDITOR");
    const briefId = await h.brief(editor);
    const me = h.caller(editor).briefs;
    await expect(me.update({ briefId })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(me.update({ briefId, title: "  " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(me.update({ briefId, country: "<script>" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(me.update({ briefId, title: "a\u0000b" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await me.update({ briefId, country: "Testland" });
    expect(await auditCount(briefId, "brief.update")).toBe(0);
  });
});

describe("a brief for a country that already has one", () => {
  it("lists the readable briefs for that country, ignoring case, and creating a second still works", async () => {
    const editor = await h.user("EDITOR");
    const other = await h.user("EDITOR");
    const first = await h.brief(editor, [], "Senegalia");
    const hidden = await h.brief(other, [], "Senegalia");
    const found = await h.caller(editor).briefs.forCountry({ country: "senegalia" });
    expect(found.map((b) => b.id)).toEqual([first]);
    expect(found.map((b) => b.id)).not.toContain(hidden);
    const second = await h.brief(editor, [], "Senegalia");
    const both = await h.caller(editor).briefs.forCountry({ country: "Senegalia" });
    expect(both.map((b) => b.id).sort()).toEqual([first, second].sort());
    expect(await h.caller(editor).briefs.forCountry({ country: "Nowhereland" })).toEqual([]);
  });
});
