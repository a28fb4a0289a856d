import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, createHarness, doc, type Harness } from "../../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function setup() {
  const editor = await h.user("EDITOR");
  const viewer = await h.user("VIEWER");
  const briefId = await h.brief(editor, [[viewer, "VIEWER"]]);
  const section = await h.section(briefId);
  return { editor, viewer, briefId, section };
}

const revisionCount = (sectionId: string) => h.db.revision.count({ where: { sectionId } });

describe("sections.save", () => {
  it("writes revision n+1 and moves the section to it", async () => {
    const { editor, section } = await setup();
    const api = h.caller(editor);
    const first = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: null,
      content: doc("One two three"),
    });
    const second = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: first.id,
      content: doc("One two three four"),
    });
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(second.wordCount).toBe(4);
    const after = await h.db.section.findUniqueOrThrow({ where: { id: section.id } });
    expect(after.currentRevisionId).toBe(second.id);
    expect(after.wordCount).toBe(4);
    const stored = await h.db.revision.findUniqueOrThrow({ where: { id: second.id } });
    expect(stored).toMatchObject({
      authorId: editor.id,
      baseRevisionId: first.id,
      text: "One two three four",
    });
  });

  it("answers a stale base with CONFLICT carrying the current revision, and writes nothing", async () => {
    const { editor, section } = await setup();
    const api = h.caller(editor);
    const first = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: null,
      content: doc("Base"),
    });
    const second = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: first.id,
      content: doc("Theirs"),
    });
    const error = await api.sections
      .save({ sectionId: section.id, baseRevisionId: first.id, content: doc("Mine") })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("CONFLICT");
    expect((error as TRPCError).cause).toMatchObject({
      data: { currentRevisionId: second.id, currentNumber: 2 },
    });
    expect(await revisionCount(section.id)).toBe(2);
    const after = await h.db.section.findUniqueOrThrow({ where: { id: section.id } });
    expect(after.currentRevisionId).toBe(second.id);
  });

  it("treats a first save against a section that already has content as stale", async () => {
    const { editor, section } = await setup();
    const api = h.caller(editor);
    await api.sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("First") });
    const error = await api.sections
      .save({ sectionId: section.id, baseRevisionId: null, content: doc("Also first") })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("CONFLICT");
    expect(await revisionCount(section.id)).toBe(1);
  });

  it.each([
    ["an unknown node type", { type: "doc", content: [{ type: "script", text: "alert(1)" }] }],
    ["text directly in the doc", { type: "doc", content: [{ type: "text", text: "loose" }] }],
    [
      "a javascript: link",
      {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
            ],
          },
        ],
      },
    ],
    ["an oversized document", doc("word ".repeat(600_000))],
  ])("rejects %s with BAD_REQUEST and writes nothing", async (_name, content) => {
    const { editor, section } = await setup();
    const error = await h
      .caller(editor)
      .sections.save({ sectionId: section.id, baseRevisionId: null, content: content as { type: "doc" } })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("BAD_REQUEST");
    expect(await revisionCount(section.id)).toBe(0);
  });

  it("rejects input that isn't a document at all", async () => {
    const { editor, section } = await setup();
    const error = await h
      .caller(editor)
      .sections.save({
        sectionId: section.id,
        baseRevisionId: null,
        content: "hello" as unknown as { type: "doc" },
      })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("BAD_REQUEST");
  });

  it("refuses a viewer (FORBIDDEN) and a non-member (NOT_FOUND), writing nothing", async () => {
    const { viewer, section } = await setup();
    const stranger = await h.user("EDITOR");
    const asViewer = await h
      .caller(viewer)
      .sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("x") })
      .catch((e: unknown) => e);
    const asStranger = await h
      .caller(stranger)
      .sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("x") })
      .catch((e: unknown) => e);
    expect(codeOf(asViewer)).toBe("FORBIDDEN");
    expect(codeOf(asStranger)).toBe("NOT_FOUND");
    expect(await revisionCount(section.id)).toBe(0);
  });

  it("refuses an editor on a section someone else owns", async () => {
    const { editor, section, briefId } = await setup();
    const colleague = await h.user("EDITOR");
    await h.db.briefMember.create({ data: { briefId, userId: colleague.id, role: "EDITOR" } });
    await h.db.section.update({ where: { id: section.id }, data: { ownerId: editor.id } });
    const error = await h
      .caller(colleague)
      .sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("x") })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("FORBIDDEN");
  });

  it("refuses to save into a parent section", async () => {
    const { editor, briefId } = await setup();
    const parent = await h.section(briefId, "overview");
    const error = await h
      .caller(editor)
      .sections.save({ sectionId: parent.id, baseRevisionId: null, content: doc("x") })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("BAD_REQUEST");
  });

  it("lets exactly one of many concurrent saves on one base win", async () => {
    const { editor, section } = await setup();
    const api = h.caller(editor);
    const base = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: null,
      content: doc("Base"),
    });
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        api.sections.save({ sectionId: section.id, baseRevisionId: base.id, content: doc(`Writer ${i}`) }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.map((r) => codeOf(r.reason))).toEqual(Array(7).fill("CONFLICT"));
    expect(await revisionCount(section.id)).toBe(2);
  });

  it("sends an approved section back to draft when edited", async () => {
    const { editor, section } = await setup();
    await h.db.section.update({ where: { id: section.id }, data: { status: "APPROVED" } });
    await h
      .caller(editor)
      .sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("Edit") });
    expect((await h.db.section.findUniqueOrThrow({ where: { id: section.id } })).status).toBe("DRAFT");
  });
});

describe("sections.save without changes", () => {
  it("answers with the current revision and writes nothing", async () => {
    const editor = await h.user("EDITOR");
    const briefId = await h.brief(editor);
    const section = await h.section(briefId);
    const api = h.caller(editor);
    const first = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: null,
      content: doc("Same words"),
    });
    const again = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: first.id,
      content: doc("Same words"),
    });
    expect(again).toMatchObject({ id: first.id, number: 1 });
    expect(await h.db.revision.count({ where: { sectionId: section.id } })).toBe(1);
  });

  it("on a stale base, answers a text that is already current with that revision, no merge written", async () => {
    // A save stored just before the connection broke: its answer was lost, so autosave sends
    // it again on the base it had. That retry must not add a second, identical revision.
    const { editor, section } = await setup();
    const api = h.caller(editor);
    const first = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: null,
      content: doc("Base"),
    });
    const stored = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: first.id,
      content: doc("Base, then mine"),
    });
    const retried = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: first.id,
      content: doc("Base, then mine"),
    });
    expect(retried).toMatchObject({ id: stored.id, number: 2, kind: "EDIT", merged: null });
    expect(await revisionCount(section.id)).toBe(2);
    const audits = await h.db.auditEvent.count({ where: { sectionId: section.id, action: "section.save" } });
    expect(audits).toBe(2);
  });
});

describe("sections.save of the editor's trailing paragraph", () => {
  it("is not an edit: no revision for an empty paragraph appended after a quote", async () => {
    const editor = await h.user("EDITOR");
    const briefId = await h.brief(editor);
    const section = await h.section(briefId);
    const api = h.caller(editor);
    const quote = {
      type: "blockquote",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Quoted" }] }],
    };
    const first = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: null,
      content: { type: "doc", content: [quote] },
    });
    const again = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: first.id,
      content: { type: "doc", content: [quote, { type: "paragraph" }] },
    });
    expect(again.id).toBe(first.id);
    expect(await h.db.revision.count({ where: { sectionId: section.id } })).toBe(1);
  });
});
