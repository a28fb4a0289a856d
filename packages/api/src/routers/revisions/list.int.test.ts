import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe("revisions.list", () => {
  it("pages through history newest first without gaps or repeats", async () => {
    const editor = await h.user("EDITOR");
    const briefId = await h.brief(editor);
    const section = await h.section(briefId);
    let base: string | null = null;
    for (let i = 1; i <= 7; i++) {
      base = (
        await h
          .caller(editor)
          .sections.save({ sectionId: section.id, baseRevisionId: base, content: doc(`v${i}`) })
      ).id;
    }
    const seen: number[] = [];
    let cursor: number | null = null;
    do {
      const page = await h.caller(editor).revisions.list({ sectionId: section.id, cursor, limit: 3 });
      seen.push(...page.items.map((r) => r.number));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });
});
