import { createAnchorFromText } from "@dossier/editor";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../testing/harness.ts";

// Issue 8, defect 2: a NUL character or a lone surrogate in any text input, or an integer above
// PostgreSQL's range, reached the database and answered 500 with Prisma's text. Each is now a
// BAD_REQUEST that names the problem and changes nothing.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) return { code: "OK", message: "" };
  return { code: error.code, message: error.message };
}

async function setup() {
  const editor = await h.user("EDITOR");
  const briefId = await h.brief(editor);
  const section = await h.section(briefId);
  const caller = h.caller(editor);
  const first = await caller.sections.save({
    sectionId: section.id,
    baseRevisionId: null,
    content: doc("Hello"),
  });
  return { editor, briefId, section, caller, first };
}

const NUL = "a\u0000b";
const HALF_EMOJI = "broken \ud83d";

describe("text inputs refuse NUL and half emoji with a clear BAD_REQUEST", () => {
  it.each([
    ["NUL", NUL, /NUL character/],
    ["a lone surrogate", HALF_EMOJI, /broken character/],
  ])(
    "%s in a comment, a reply, a version name or note, a save message, document text",
    async (_n, bad, message) => {
      const { briefId, section, caller, first } = await setup();
      const thread = await caller.comments.createThread({
        sectionId: section.id,
        anchor: null,
        body: "fine",
      });
      const attempts = [
        caller.comments.createThread({ sectionId: section.id, anchor: null, body: bad }),
        caller.comments.reply({ threadId: thread.threadId, body: bad }),
        caller.comments.update({ commentId: thread.commentId, body: bad }),
        caller.versions.create({ briefId, name: bad }),
        caller.versions.create({ briefId, name: "v1", note: bad }),
        caller.sections.save({
          sectionId: section.id,
          baseRevisionId: first.id,
          content: doc("Hi"),
          message: bad,
        }),
        caller.sections.save({ sectionId: section.id, baseRevisionId: first.id, content: doc(bad) }),
      ];
      for (const attempt of attempts) {
        const result = await codeOf(attempt);
        expect(result.code).toBe("BAD_REQUEST");
        expect(result.message).toMatch(message);
      }
      // Nothing changed: one revision, one comment, no version.
      expect(await h.db.revision.count({ where: { sectionId: section.id } })).toBe(1);
      expect(await h.db.comment.count({ where: { thread: { sectionId: section.id } } })).toBe(1);
      expect(await h.db.briefVersion.count({ where: { briefId } })).toBe(0);
    },
  );

  it("an anchor whose context holds half an emoji", async () => {
    const { section, caller } = await setup();
    const anchor = {
      quote: { exact: "Hello", prefix: "\udE00", suffix: "" },
      position: { start: 0, end: 5 },
    };
    const result = await codeOf(caller.comments.createThread({ sectionId: section.id, anchor, body: "x" }));
    expect(result).toEqual({ code: "BAD_REQUEST", message: expect.stringMatching(/broken character/) });
  });

  it("a history cursor above 2^31", async () => {
    const { section, caller } = await setup();
    const result = await codeOf(caller.revisions.list({ sectionId: section.id, cursor: 2 ** 31 + 5 }));
    expect(result.code).toBe("BAD_REQUEST");
    await expect(
      caller.revisions.list({ sectionId: section.id, cursor: 2 ** 31 - 1 }),
    ).resolves.toMatchObject({
      items: [expect.anything()],
    });
  });
});

describe("a comment pinned next to emoji", () => {
  it("keeps the section saveable whatever the emoji's alignment", async () => {
    const { section, caller } = await setup();
    const emoji = "😀🇸🇳👨‍👩‍👧".repeat(4);
    let base = (
      await caller.sections.save({
        sectionId: section.id,
        baseRevisionId: (
          await h.db.section.findUniqueOrThrow({ where: { id: section.id } })
        ).currentRevisionId,
        content: doc(`${emoji} alpha target beta ${emoji}`),
      })
    ).id;
    const current = await caller.sections.get({ briefId: section.briefId, key: section.key });
    const anchor = createAnchorFromText(current.current?.content as never, "target");
    if (!anchor) throw new Error("no anchor");
    await caller.comments.createThread({ sectionId: section.id, anchor, body: "Source?" });
    // Each save moves the text, so the server re-anchors the thread with fresh context, cut at a
    // different place among the emoji every time.
    for (let pad = 1; pad <= 16; pad++) {
      const saved = await caller.sections.save({
        sectionId: section.id,
        baseRevisionId: base,
        content: doc(`${emoji}${"x".repeat(pad)} alpha target beta ${"y".repeat(pad)}${emoji}`),
      });
      base = saved.id;
    }
    const { threads } = await caller.comments.listForSection({ sectionId: section.id });
    expect(threads[0]?.detached).toBe(false);
  });
});
