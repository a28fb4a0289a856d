import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, createHarness, doc, type Harness } from "../../testing/harness.ts";

/*
 * An archived brief is read-only (issue 9): its sections' review stands still until it is
 * restored. The transitions used to go through in an archived brief.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const fail = (p: Promise<unknown>) => p.then(() => "resolved", codeOf);
const stateOf = async (id: string) => (await h.db.section.findUniqueOrThrow({ where: { id } })).status;

describe("review in an archived brief", () => {
  it("refuses every transition, offers none, and works again once restored", async () => {
    const editor = await h.user("EDITOR");
    const reviewer = await h.user("REVIEWER");
    const briefId = await h.brief(editor, [[reviewer, "REVIEWER"]]);
    const section = await h.section(briefId);
    const other = await h.section(briefId, "preface");
    const first = await h.caller(editor).sections.save({
      sectionId: section.id,
      baseRevisionId: null,
      content: doc("Floods in the north."),
    });
    await h.caller(editor).review.request({ sectionId: section.id });
    await h.caller(editor).review.markNotApplicable({ sectionId: other.id, reason: "Not for this country" });
    await h.caller(editor).briefs.archive({ briefId, archived: true });

    const asEditor = h.caller(editor).review;
    const asReviewer = h.caller(reviewer).review;
    const sectionId = section.id;
    expect(await fail(asReviewer.approve({ sectionId, revisionId: first.id }))).toBe("FORBIDDEN");
    expect(await fail(asReviewer.sendBack({ sectionId, note: "Redo" }))).toBe("FORBIDDEN");
    expect(await fail(asEditor.reopen({ sectionId }))).toBe("FORBIDDEN");
    expect(await fail(asEditor.request({ sectionId }))).toBe("FORBIDDEN");
    expect(await fail(asEditor.markNotApplicable({ sectionId, reason: "Out" }))).toBe("FORBIDDEN");
    expect(await fail(asEditor.reopen({ sectionId: other.id }))).toBe("FORBIDDEN");
    expect(await stateOf(section.id)).toBe("IN_REVIEW");
    expect(await stateOf(other.id)).toBe("NOT_APPLICABLE");
    expect(await h.db.sectionReviewEvent.count({ where: { briefId } })).toBe(2);

    const { rights } = await asReviewer.section({ sectionId });
    expect(rights).toMatchObject({ request: false, review: false, markNotApplicable: false, reopen: false });
    expect((await asEditor.section({ sectionId: other.id })).rights.reopen).toBe(false);

    await h.caller(editor).briefs.archive({ briefId, archived: false });
    expect((await asReviewer.section({ sectionId })).rights.review).toBe(true);
    await asReviewer.approve({ sectionId, revisionId: first.id });
    expect(await stateOf(section.id)).toBe("APPROVED");
  });
});
