import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, createHarness, doc, type Harness } from "../../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function sectionWithTwoEditors() {
  const alice = await h.user("EDITOR", "Alice Analyst");
  const bob = await h.user("EDITOR", "Bob Builder");
  const briefId = await h.brief(alice, [[bob, "EDITOR"]]);
  const section = await h.section(briefId);
  return { alice, bob, briefId, section };
}

describe("restore", () => {
  it("adds a new revision with the old content and never rewrites history", async () => {
    const { alice, section } = await sectionWithTwoEditors();
    const api = h.caller(alice);
    const r1 = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: null,
      content: doc("Original words"),
    });
    const r2 = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: r1.id,
      content: doc("Rewritten"),
    });
    const r3 = await api.revisions.restore({ sectionId: section.id, revisionId: r1.id });
    expect(r3).toMatchObject({ number: 3, kind: "RESTORE" });
    const current = await api.sections.get({ briefId: section.briefId, key: section.key });
    expect(current.current?.id).toBe(r3.id);
    expect(JSON.stringify(current.current?.content)).toContain("Original words");
    const history = await api.revisions.list({ sectionId: section.id });
    expect(history.items.map((r) => [r.number, r.message])).toEqual([
      [3, "Restored from #1"],
      [2, null],
      [1, null],
    ]);
    expect((await h.db.revision.findUniqueOrThrow({ where: { id: r2.id } })).text).toBe("Rewritten");
  });

  it("refuses a revision from another section and a viewer", async () => {
    const { alice, section, briefId } = await sectionWithTwoEditors();
    const other = await h.section(briefId, "preface");
    const r1 = await h
      .caller(alice)
      .sections.save({ sectionId: other.id, baseRevisionId: null, content: doc("x") });
    const error = await h
      .caller(alice)
      .revisions.restore({ sectionId: section.id, revisionId: r1.id })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("NOT_FOUND");
    const viewer = await h.user("VIEWER");
    await h.db.briefMember.create({ data: { briefId, userId: viewer.id, role: "VIEWER" } });
    const forbidden = await h
      .caller(viewer)
      .revisions.restore({ sectionId: other.id, revisionId: r1.id })
      .catch((e: unknown) => e);
    expect(codeOf(forbidden)).toBe("FORBIDDEN");
  });
});

describe("stale saves", () => {
  it("merges non-overlapping edits, credits both authors, and returns the merged document", async () => {
    const { alice, bob, section } = await sectionWithTwoEditors();
    const base = await h.caller(alice).sections.save({
      sectionId: section.id,
      baseRevisionId: null,
      content: doc("First paragraph here.", "Second paragraph here."),
    });
    await h.caller(bob).sections.save({
      sectionId: section.id,
      baseRevisionId: base.id,
      content: doc("First paragraph here, edited by Bob.", "Second paragraph here."),
    });
    const merged = await h.caller(alice).sections.save({
      sectionId: section.id,
      baseRevisionId: base.id,
      content: doc("First paragraph here.", "Second paragraph here, edited by Alice."),
    });
    expect(merged.kind).toBe("MERGE");
    expect(merged.number).toBe(3);
    const text = JSON.stringify(merged.merged?.content);
    expect(text).toContain("edited by Bob");
    expect(text).toContain("edited by Alice");
    const row = await h.db.revision.findUniqueOrThrow({
      where: { id: merged.id },
      select: { contributors: { select: { userId: true } } },
    });
    expect(row.contributors.map((c) => c.userId).sort()).toEqual([alice.id, bob.id].sort());
    // Its audit event, written in the same statement as the revision (appendRevision): one per
    // revision, the merge's own kind and words, at the revision's time.
    const events = await h.db.auditEvent.findMany({
      where: { sectionId: section.id, action: "section.save" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.targetId)).toHaveLength(3);
    const last = events.at(-1);
    const revision = await h.db.revision.findUniqueOrThrow({ where: { id: merged.id } });
    expect(last).toMatchObject({
      actorId: alice.id,
      actorName: alice.name,
      briefId: section.briefId,
      targetId: merged.id,
      createdAt: revision.createdAt,
      data: { number: 3, kind: "MERGE", words: revision.wordCount },
    });
  });

  it("reports overlapping edits as CONFLICT with the conflicts, writing nothing", async () => {
    const { alice, bob, section } = await sectionWithTwoEditors();
    const base = await h
      .caller(alice)
      .sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("The sky is blue.") });
    const theirs = await h
      .caller(bob)
      .sections.save({ sectionId: section.id, baseRevisionId: base.id, content: doc("The sky is grey.") });
    const error = await h
      .caller(alice)
      .sections.save({ sectionId: section.id, baseRevisionId: base.id, content: doc("The sky is green.") })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("CONFLICT");
    const data = (error as TRPCError).cause as unknown as {
      data: { currentRevisionId: string; conflicts: unknown[] };
    };
    expect(data.data.currentRevisionId).toBe(theirs.id);
    expect(data.data.conflicts.length).toBeGreaterThan(0);
    expect(await h.db.revision.count({ where: { sectionId: section.id } })).toBe(2);
  });

  it("rejects a base revision that belongs to another section", async () => {
    const { alice, section, briefId } = await sectionWithTwoEditors();
    const other = await h.section(briefId, "preface");
    const foreign = await h
      .caller(alice)
      .sections.save({ sectionId: other.id, baseRevisionId: null, content: doc("x") });
    await h.caller(alice).sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("y") });
    const error = await h
      .caller(alice)
      .sections.save({ sectionId: section.id, baseRevisionId: foreign.id, content: doc("z") })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("BAD_REQUEST");
  });

  it.each(["mine", "theirs", "merged"] as const)(
    "resolving a conflict with '%s' keeps both texts in history",
    async (choice) => {
      const { alice, bob, section } = await sectionWithTwoEditors();
      const base = await h
        .caller(alice)
        .sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("Base text.") });
      const theirs = await h
        .caller(bob)
        .sections.save({ sectionId: section.id, baseRevisionId: base.id, content: doc("Bob text.") });
      const mine = doc("Alice text.");
      const input =
        choice === "merged"
          ? {
              choice,
              sectionId: section.id,
              theirsRevisionId: theirs.id,
              mine,
              merged: doc("Alice and Bob text."),
            }
          : { choice, sectionId: section.id, theirsRevisionId: theirs.id, mine };
      const final = await h.caller(alice).revisions.resolveConflict(input);
      const texts = (
        await h.db.revision.findMany({ where: { sectionId: section.id }, orderBy: { number: "asc" } })
      ).map((r) => r.text);
      expect(texts).toContain("Alice text.");
      expect(texts).toContain("Bob text.");
      const current = await h.db.section.findUniqueOrThrow({ where: { id: section.id } });
      expect(current.currentRevisionId).toBe(final.id);
      const expected = { mine: "Alice text.", theirs: "Bob text.", merged: "Alice and Bob text." }[choice];
      expect(texts.at(-1)).toBe(expected);
    },
  );
});

describe("compare", () => {
  it("diffs two revisions with the inserted sentence marked", async () => {
    const { alice, section } = await sectionWithTwoEditors();
    const r1 = await h
      .caller(alice)
      .sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("One sentence.") });
    const r2 = await h.caller(alice).sections.save({
      sectionId: section.id,
      baseRevisionId: r1.id,
      content: doc("One sentence. Another one."),
    });
    const result = await h
      .caller(alice)
      .revisions.compare({ sectionId: section.id, fromRevisionId: r1.id, toRevisionId: r2.id });
    expect(result.diff.changes).toBe(1);
    expect(JSON.stringify(result.diff.doc)).toContain("diffInsert");
    expect(result.diff.wordsAdded).toBe(2);
  });
});

describe("named versions", () => {
  it("freeze every section's current revision and compare section by section", async () => {
    const { alice, briefId, section } = await sectionWithTwoEditors();
    const api = h.caller(alice);
    const r1 = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: null,
      content: doc("Crisis text v1."),
    });
    const v1 = await api.versions.create({ briefId, name: "v1 — sent to the Deputy", note: "first cut" });
    await api.sections.save({
      sectionId: section.id,
      baseRevisionId: r1.id,
      content: doc("Crisis text v2, longer."),
    });
    const preface = await h.section(briefId, "preface");
    await api.sections.save({ sectionId: preface.id, baseRevisionId: null, content: doc("A new preface.") });
    const v2 = await api.versions.create({ briefId, name: "v2" });

    const atV1 = await api.versions.get({ versionId: v1.id });
    expect(atV1.sections.find((s) => s.key === "crises")?.revision?.number).toBe(1);
    expect(atV1.sections.find((s) => s.key === "preface")?.revision).toBeNull();

    const compared = await api.versions.compare({ briefId, fromVersionId: v1.id, toVersionId: v2.id });
    expect(
      compared
        .filter((s) => s.changed)
        .map((s) => s.key)
        .sort(),
    ).toEqual(["crises", "preface"]);
    expect(compared.find((s) => s.key === "frank-narrative")).toMatchObject({ changed: false, diff: null });
    const againstNow = await api.versions.compare({ briefId, fromVersionId: v2.id, toVersionId: null });
    expect(againstNow.some((s) => s.changed)).toBe(false);

    const dup = await api.versions.create({ briefId, name: "v2" }).catch((e: unknown) => e);
    expect(codeOf(dup)).toBe("CONFLICT");
    expect((await api.versions.list({ briefId })).map((v) => v.name)).toEqual([
      "v2",
      "v1 — sent to the Deputy",
    ]);
  });
});
