import { rawTable } from "@dossier/db";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));

describe("audit log", () => {
  it("is append-only: the database refuses updates, deletes and truncation", async () => {
    const editor = await h.user("EDITOR");
    const briefId = await h.brief(editor);
    const event = await h.db.auditEvent.findFirstOrThrow({ where: { briefId } });
    await expect(h.db.auditEvent.update({ where: { id: event.id }, data: { action: "x" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(h.db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(h.db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(h.db.$executeRaw`TRUNCATE ${rawTable(h.db, "AuditEvent")}`).rejects.toThrow(/append-only/);
    expect(await h.db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("records who, what, where and a summary — never the text — and outlives the brief", async () => {
    const editor = await h.user("EDITOR");
    const briefId = await h.brief(editor, [], "Keepsakia");
    const section = await h.section(briefId);
    await h.caller(editor).sections.save({
      sectionId: section.id,
      baseRevisionId: null,
      content: doc("A confidential sentence"),
    });
    const saved = await h.db.auditEvent.findFirstOrThrow({ where: { briefId, action: "section.save" } });
    expect(saved).toMatchObject({
      actorId: editor.id,
      actorName: editor.name,
      sectionId: section.id,
      ip: h.meta.ip,
      data: { number: 1, kind: "EDIT", words: 3 },
    });
    expect(JSON.stringify(saved)).not.toContain("confidential");

    await h.db.brief.delete({ where: { id: briefId } });
    const left = await h.db.auditEvent.findMany({ where: { briefId }, orderBy: { createdAt: "asc" } });
    expect(left.map((e) => e.action)).toEqual(["brief.create", "section.save"]);
    expect(left[0]?.data).toMatchObject({ country: "Keepsakia" });
  });

  it("lets admins filter by person, brief, action and time, in keyset pages", async () => {
    const admin = await h.user("ADMIN");
    const editor = await h.user("EDITOR");
    const briefId = await h.brief(editor);
    const section = await h.section(briefId);
    let base: string | null = null;
    for (const text of ["one", "two", "three", "four", "five"]) {
      base = (
        await h
          .caller(editor)
          .sections.save({ sectionId: section.id, baseRevisionId: base, content: doc(text) })
      ).id;
    }
    const list = h.caller(admin).audit.list;
    const all = await list({ actorId: editor.id });
    expect(all.items.map((e) => e.action)).toEqual([...Array(5).fill("section.save"), "brief.create"]);
    expect(all.items[0]).toMatchObject({
      brief: { id: briefId, country: "Testland" },
      section: { id: section.id, key: "crises" },
    });

    const saves = await list({ briefId, action: "section.save" });
    expect(saves.items.map((e) => e.data)).toEqual(
      [5, 4, 3, 2, 1].map((n) => expect.objectContaining({ number: n })),
    );

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof list>> = await list({ briefId, limit: 2, cursor });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((e) => e.id));

    const third = saves.items[2]!.createdAt;
    const upTo = await list({ briefId, action: "section.save", to: third });
    expect(upTo.items.map((e) => e.data)).toEqual(
      [3, 2, 1].map((n) => expect.objectContaining({ number: n })),
    );
    const future = await list({ briefId, from: new Date(Date.now() + 60_000) });
    expect(future.items).toEqual([]);

    const bad = await list({ from: new Date(), to: new Date(Date.now() - 1000) }).catch((e: unknown) => e);
    expect(codeOf(bad)).toBe("BAD_REQUEST");
    expect(codeOf(await list({ action: "nope" as "brief.create" }).catch((e: unknown) => e))).toBe(
      "BAD_REQUEST",
    );
  });

  it("shows a brief's activity to its editors and admins, without addresses; others are refused", async () => {
    const editor = await h.user("EDITOR");
    const reviewer = await h.user("REVIEWER");
    const stranger = await h.user("EDITOR");
    const admin = await h.user("ADMIN");
    const briefId = await h.brief(editor);
    await h.caller(editor).briefs.members.set({ briefId, email: reviewer.email, role: "REVIEWER" });

    const viewer = await h.user("VIEWER", "Vic Viewer");
    await h.caller(editor).briefs.members.set({ briefId, email: viewer.email, role: "VIEWER" });
    await h.caller(editor).briefs.members.remove({ briefId, userId: viewer.id });

    const feed = await h.caller(editor).audit.forBrief({ briefId });
    expect(feed.items.map((e) => e.action)).toEqual([
      "member.remove",
      "member.set",
      "member.set",
      "brief.create",
    ]);
    expect(feed.items[0]).not.toHaveProperty("ip");
    // Members are named in the event, so the feed can say whom it was about.
    expect(feed.items.map((e) => e.data)).toEqual([
      expect.objectContaining({ name: "Vic Viewer", email: viewer.email, previousRole: "VIEWER" }),
      expect.objectContaining({ name: "Vic Viewer", role: "VIEWER", previousRole: null }),
      expect.objectContaining({ name: reviewer.name, role: "REVIEWER" }),
      expect.anything(),
    ]);
    expect((await h.caller(admin).audit.forBrief({ briefId })).items).toHaveLength(4);
    expect(
      codeOf(
        await h
          .caller(reviewer)
          .audit.forBrief({ briefId })
          .catch((e: unknown) => e),
      ),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        await h
          .caller(stranger)
          .audit.forBrief({ briefId })
          .catch((e: unknown) => e),
      ),
    ).toBe("NOT_FOUND");
  });
});
