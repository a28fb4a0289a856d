import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../../testing/harness.ts";
import { fail, setup as setupIn } from "./review-setup.ts";

// The brief as a whole: its status following its sections, and publishing.
let h: Harness;
const setup = () => setupIn(h);
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe("the brief's status", () => {
  it("is in review while any section waits for a reviewer, and a draft again when none does", async () => {
    const { editor, reviewer, briefId, section, first } = await setup();
    const briefStatus = async () => (await h.db.brief.findUniqueOrThrow({ where: { id: briefId } })).status;
    expect(await briefStatus()).toBe("DRAFT");
    await h.caller(editor).review.request({ sectionId: section.id });
    expect(await briefStatus()).toBe("IN_REVIEW");
    await h.caller(reviewer).review.sendBack({ sectionId: section.id, note: "Add sources" });
    expect(await briefStatus()).toBe("DRAFT");
    await h.caller(editor).review.request({ sectionId: section.id });
    expect(await briefStatus()).toBe("IN_REVIEW");
    await h.caller(reviewer).review.approve({ sectionId: section.id, revisionId: first.id });
    expect(await briefStatus()).toBe("DRAFT");
    // An edit to a section in review takes it out of review, and the brief with it.
    const second = await h
      .caller(editor)
      .sections.save({ sectionId: section.id, baseRevisionId: first.id, content: doc("More floods") });
    await h.caller(editor).review.request({ sectionId: section.id });
    expect(await briefStatus()).toBe("IN_REVIEW");
    await h
      .caller(editor)
      .sections.save({ sectionId: section.id, baseRevisionId: second.id, content: doc("Even more") });
    expect(await briefStatus()).toBe("DRAFT");
  });
});

describe("publishing", () => {
  /** Every leaf but `except` out of scope, straight in the database: 40 calls would say nothing new. */
  async function scopeOutAllBut(briefId: string, except: string[]) {
    await h.db.section.updateMany({
      where: { briefId, isLeaf: true, key: { notIn: except } },
      data: { status: "NOT_APPLICABLE" },
    });
  }

  it("needs every leaf approved or not applicable, stamps a version, and viewers get it", async () => {
    const { editor, reviewer, viewer, briefId, section, first } = await setup();
    await scopeOutAllBut(briefId, ["crises"]);
    expect(await fail(h.caller(editor).review.publish({ briefId }))).toBe("BAD_REQUEST");
    expect((await h.caller(editor).review.brief({ briefId })).remaining).toBe(1);
    await h.caller(editor).review.request({ sectionId: section.id });
    await h.caller(reviewer).review.approve({ sectionId: section.id, revisionId: first.id });
    expect(await fail(h.caller(reviewer).review.publish({ briefId }))).toBe("FORBIDDEN");
    expect(await fail(h.caller(viewer).review.publish({ briefId }))).toBe("FORBIDDEN");
    const version = await h.caller(editor).review.publish({ briefId });
    expect(version.name).toMatch(/^Published /);
    const brief = await h.db.brief.findUniqueOrThrow({ where: { id: briefId } });
    expect(brief).toMatchObject({
      status: "PUBLISHED",
      publishedVersionId: version.id,
      publishedById: editor.id,
    });
    const frozen = await h.db.briefVersionSection.findUniqueOrThrow({
      where: { versionId_sectionId: { versionId: version.id, sectionId: section.id } },
    });
    expect(frozen.revisionId).toBe(first.id);

    // A viewer is pointed at the published version, and can read it.
    const seen = await h.caller(viewer).review.brief({ briefId });
    expect(seen.publishedVersion?.id).toBe(version.id);
    await h.caller(viewer).versions.get({ versionId: version.id });

    // An edit makes the brief a draft again; the published version stays.
    await h
      .caller(editor)
      .sections.save({ sectionId: section.id, baseRevisionId: first.id, content: doc("Later") });
    const edited = await h.db.brief.findUniqueOrThrow({ where: { id: briefId } });
    expect(edited).toMatchObject({ status: "DRAFT", publishedVersionId: version.id });
    expect((await h.caller(viewer).review.brief({ briefId })).publishedVersion?.id).toBe(version.id);
  });
});
