import type { Actor } from "@dossier/core";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));

/** A made-up word no other test uses, so results are exactly this test's data. */
const uniqueWord = () =>
  `zq${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8)}x`;

async function write(editor: Actor, briefId: string, key: string, ...paragraphs: string[]) {
  const section = await h.section(briefId, key);
  await h.caller(editor).sections.save({
    sectionId: section.id,
    baseRevisionId: section.currentRevisionId,
    content: doc(...paragraphs),
  });
  return section;
}

async function comment(author: Actor, sectionId: string, body: string) {
  return h.caller(author).comments.createThread({ sectionId, anchor: null, body });
}

/**
 * Four briefs that all say the same secret word, in a section and in a comment, and people with
 * every kind of access to them. Search must return exactly the briefs each person can open.
 */
async function world() {
  const word = uniqueWord();
  const owner = await h.user("EDITOR", "Owner");
  const admin = await h.user("ADMIN");
  const editor = await h.user("EDITOR"); // member of A
  const reviewer = await h.user("REVIEWER"); // member of B "as editor": capped, still reads
  const viewer = await h.user("VIEWER"); // member of A and C
  const stranger = await h.user("EDITOR"); // member of nothing
  const briefs = {
    A: await h.brief(
      owner,
      [
        [editor, "EDITOR"],
        [viewer, "VIEWER"],
      ],
      "Arcadia",
    ),
    B: await h.brief(owner, [[reviewer, "EDITOR"]], "Borduria"),
    C: await h.brief(owner, [[viewer, "VIEWER"]], "Carpania"),
    D: await h.brief(owner, [], "Dystopia"),
  };
  for (const briefId of Object.values(briefs)) {
    const section = await write(owner, briefId, "crises", `The ${word} crisis deepens.`);
    await comment(owner, section.id, `Is ${word} the right word here?`);
  }
  return { word, briefs, admin, editor, reviewer, viewer, stranger, owner };
}

const briefIdsFound = async (actor: Actor, query: string) => {
  const { sections, comments } = await h.caller(actor).search.list({ query });
  return {
    sections: (sections?.items.map((s) => s.briefId) ?? []).sort(),
    comments: (comments?.items.map((c) => c.briefId) ?? []).sort(),
  };
};

describe("search access", () => {
  it("returns sections and comments only from briefs the user can read", async () => {
    const { word, briefs, admin, editor, reviewer, viewer, stranger, owner } = await world();
    const expectations: [Actor, string[]][] = [
      [admin, [briefs.A, briefs.B, briefs.C, briefs.D]],
      [owner, [briefs.A, briefs.B, briefs.C, briefs.D]],
      [editor, [briefs.A]],
      [reviewer, [briefs.B]],
      [viewer, [briefs.A, briefs.C]],
      [stranger, []],
    ];
    for (const [actor, visible] of expectations) {
      const expected = [...visible].sort();
      expect(await briefIdsFound(actor, word)).toEqual({ sections: expected, comments: expected });
    }
  });

  it("stops finding a brief the moment the membership is removed", async () => {
    const { word, briefs, viewer, owner } = await world();
    await h.caller(owner).briefs.members.remove({ briefId: briefs.C, userId: viewer.id });
    const expected = [briefs.A].sort();
    expect(await briefIdsFound(viewer, word)).toEqual({ sections: expected, comments: expected });
  });

  it("keeps unreadable briefs out of the palette's jump targets too", async () => {
    const { briefs, editor, admin } = await world();
    const asEditor = await h.caller(editor).search.listJumpTargets({ query: "crises" });
    expect(new Set(asEditor.sections.map((s) => s.briefId))).toEqual(new Set([briefs.A]));
    const dystopia = await h.caller(editor).search.listJumpTargets({ query: "dystopia" });
    expect(dystopia).toEqual({ briefs: [], sections: [] });
    const asAdmin = await h.caller(admin).search.listJumpTargets({ query: "dystopia" });
    expect(asAdmin.briefs.map((b) => b.briefId)).toContain(briefs.D);
  });

  it("refuses anonymous callers", async () => {
    const error = await h
      .caller(null)
      .search.list({ query: "anything" })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("UNAUTHORIZED");
  });
});

describe("jump targets", () => {
  it("finds a brief by country and a section by the start of its title words", async () => {
    const owner = await h.user("EDITOR");
    const briefId = await h.brief(owner, [], "Quuxembourg");
    const found = await h.caller(owner).search.listJumpTargets({ query: "quux" });
    expect(found.briefs).toEqual([
      {
        briefId,
        title: "Quuxembourg: Strategic U.S. Foreign Policy Analysis",
        country: "Quuxembourg",
        status: "DRAFT",
      },
    ]);
    // "trade rel" → Trade Relationships; not "Economic & Trade Concerns" (no word starts "rel").
    const trade = await h.caller(owner).search.listJumpTargets({ query: "Trade rel" });
    expect(trade.sections.map((s) => s.sectionKey)).toEqual(["trade-relationships"]);
    expect(trade.sections[0]).toMatchObject({ briefId, isLeaf: true, country: "Quuxembourg" });
    // Words may name the brief: "quux cri" is Quuxembourg's Crises section.
    const crises = await h.caller(owner).search.listJumpTargets({ query: "quux cri" });
    expect(crises.sections.map((s) => s.sectionTitle)).toEqual(["Crises"]);
    // Punctuation in titles doesn't hide words: "U.S./World" has "world".
    const world = await h.caller(owner).search.listJumpTargets({ query: "quux world" });
    expect(world.sections.map((s) => s.sectionKey)).toContain("summary-needs-from-us");
  });

  it("answers nonsense with nothing and refuses empty or overlong input", async () => {
    const owner = await h.user("EDITOR");
    await h.brief(owner, [], "Nonsensia");
    for (const query of ["!!!", "'", '":*|&', "%_%"]) {
      expect(await h.caller(owner).search.listJumpTargets({ query })).toEqual({ briefs: [], sections: [] });
    }
    for (const query of ["", "   ", "x".repeat(101)]) {
      const error = await h
        .caller(owner)
        .search.listJumpTargets({ query })
        .catch((e: unknown) => e);
      expect(codeOf(error)).toBe("BAD_REQUEST");
    }
  });
});
