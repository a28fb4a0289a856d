import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../../testing/harness.ts";
import { fail, setup as setupIn } from "./review-setup.ts";

let h: Harness;
const setup = () => setupIn(h);
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const stateOf = (id: string) => h.db.section.findUniqueOrThrow({ where: { id } });
const kinds = async (sectionId: string) =>
  (await h.db.sectionReviewEvent.findMany({ where: { sectionId }, orderBy: { createdAt: "asc" } })).map(
    (e) => e.kind,
  );

describe("review.request", () => {
  it("lets the owner or an editor ask, names a reviewer and a due day, and notifies them", async () => {
    const { editor, reviewer, section } = await setup();
    await h.caller(editor).review.request({
      sectionId: section.id,
      reviewerId: reviewer.id,
      dueAt: new Date("2030-01-02T08:00:00Z"),
    });
    const after = await stateOf(section.id);
    expect(after).toMatchObject({ status: "IN_REVIEW", reviewerId: reviewer.id });
    expect(after.reviewDueAt?.toISOString()).toBe("2030-01-02T23:59:59.999Z");
    expect(await kinds(section.id)).toEqual(["REQUESTED"]);
    const bell = await h.caller(reviewer).notifications.list();
    expect(bell.items[0]).toMatchObject({ kind: "REVIEW_REQUESTED" });
  });

  it("refuses viewers, reviewers who don't own the section, empty sections and non-reviewers named", async () => {
    const { reviewer, viewer, editor, briefId, section } = await setup();
    expect(await fail(h.caller(viewer).review.request({ sectionId: section.id }))).toBe("FORBIDDEN");
    expect(await fail(h.caller(reviewer).review.request({ sectionId: section.id }))).toBe("FORBIDDEN");
    const empty = await h.section(briefId, "preface");
    expect(await fail(h.caller(editor).review.request({ sectionId: empty.id }))).toBe("BAD_REQUEST");
    expect(
      await fail(h.caller(editor).review.request({ sectionId: section.id, reviewerId: viewer.id })),
    ).toBe("BAD_REQUEST");
    const outsider = await h.user("REVIEWER");
    expect(await fail(h.caller(outsider).review.request({ sectionId: section.id }))).toBe("NOT_FOUND");
    expect((await stateOf(section.id)).status).toBe("DRAFT");
  });
});

describe("review.approve / sendBack", () => {
  it("approves the revision read: status, approved revision, who, when, and an event", async () => {
    const { editor, reviewer, section, first } = await setup();
    await h.caller(editor).review.request({ sectionId: section.id });
    await h.caller(reviewer).review.approve({ sectionId: section.id, revisionId: first.id });
    const after = await stateOf(section.id);
    expect(after).toMatchObject({
      status: "APPROVED",
      approvedRevisionId: first.id,
      approvedById: reviewer.id,
    });
    expect(after.reviewedAt).not.toBeNull();
    expect(await kinds(section.id)).toEqual(["REQUESTED", "APPROVED"]);
    expect((await h.caller(editor).notifications.list()).items[0]).toMatchObject({ kind: "REVIEW_APPROVED" });
  });

  it("refuses viewers, sections not in review, and a revision that is no longer current", async () => {
    const { editor, reviewer, viewer, section, first } = await setup();
    expect(
      await fail(h.caller(reviewer).review.approve({ sectionId: section.id, revisionId: first.id })),
    ).toBe("BAD_REQUEST");
    await h.caller(editor).review.request({ sectionId: section.id });
    expect(await fail(h.caller(viewer).review.approve({ sectionId: section.id, revisionId: first.id }))).toBe(
      "FORBIDDEN",
    );
    // An edit while in review sends it back to draft; the old revision can't be approved.
    await h
      .caller(editor)
      .sections.save({ sectionId: section.id, baseRevisionId: first.id, content: doc("New") });
    expect((await stateOf(section.id)).status).toBe("DRAFT");
    expect(
      await fail(h.caller(reviewer).review.approve({ sectionId: section.id, revisionId: first.id })),
    ).toBe("BAD_REQUEST");
    await h.caller(editor).review.request({ sectionId: section.id });
    expect(
      await fail(h.caller(reviewer).review.approve({ sectionId: section.id, revisionId: first.id })),
    ).toBe("CONFLICT");
    expect((await stateOf(section.id)).status).toBe("IN_REVIEW");
  });

  it("forbids approving your own latest revision when the brief has another reviewer", async () => {
    const { editor, reviewer, section, first } = await setup();
    await h.caller(editor).review.request({ sectionId: section.id });
    expect(await fail(h.caller(editor).review.approve({ sectionId: section.id, revisionId: first.id }))).toBe(
      "FORBIDDEN",
    );
    const view = await h.caller(editor).review.section({ sectionId: section.id });
    expect(view.rights.review).toBe(false);
    expect(view.rights.reviewRefusal).toMatch(/another reviewer/);
    expect((await h.caller(reviewer).review.section({ sectionId: section.id })).rights.review).toBe(true);
  });

  it("lets an editor approve their own text when nobody else could review", async () => {
    const editor = await h.user("EDITOR");
    const briefId = await h.brief(editor);
    const section = await h.section(briefId);
    const first = await h
      .caller(editor)
      .sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("x") });
    await h.caller(editor).review.request({ sectionId: section.id });
    await h.caller(editor).review.approve({ sectionId: section.id, revisionId: first.id });
    expect((await stateOf(section.id)).status).toBe("APPROVED");
  });

  it("sends back with a comment that becomes a thread on the section", async () => {
    const { editor, reviewer, section } = await setup();
    await h.caller(editor).review.request({ sectionId: section.id });
    const { threadId } = await h
      .caller(reviewer)
      .review.sendBack({ sectionId: section.id, note: "Cite sources" });
    expect((await stateOf(section.id)).status).toBe("DRAFT");
    const thread = await h.db.commentThread.findUniqueOrThrow({
      where: { id: threadId },
      include: { comments: true },
    });
    expect(thread).toMatchObject({ sectionId: section.id, authorId: reviewer.id, status: "OPEN" });
    expect(thread.comments[0]?.body).toBe("Cite sources");
    const events = await h.caller(editor).review.events({ sectionId: section.id });
    expect(events[0]).toMatchObject({ kind: "CHANGES_REQUESTED", threadId, note: "Cite sources" });
    expect((await h.caller(editor).notifications.list()).items[0]).toMatchObject({
      kind: "CHANGES_REQUESTED",
    });
  });
});

describe("editing reviewed text", () => {
  it("returns an approved section to draft, keeps the approved revision, and diffs since approval", async () => {
    const { editor, reviewer, section, first } = await setup();
    await h.caller(editor).review.request({ sectionId: section.id });
    await h.caller(reviewer).review.approve({ sectionId: section.id, revisionId: first.id });
    const second = await h.caller(editor).sections.save({
      sectionId: section.id,
      baseRevisionId: first.id,
      content: doc("Floods in the north and south."),
    });
    const after = await stateOf(section.id);
    expect(after).toMatchObject({
      status: "DRAFT",
      approvedRevisionId: first.id,
      currentRevisionId: second.id,
    });
    expect(await kinds(section.id)).toEqual(["REQUESTED", "APPROVED", "RETURNED_TO_DRAFT"]);
    const view = await h.caller(reviewer).review.section({ sectionId: section.id });
    expect(view.approvedRevision?.id).toBe(first.id);
    const diff = await h.caller(reviewer).revisions.compare({
      sectionId: section.id,
      fromRevisionId: view.approvedRevision?.id ?? null,
      toRevisionId: view.currentRevisionId ?? "",
    });
    expect(JSON.stringify(diff.diff)).toContain("south");
  });
});

describe("not applicable", () => {
  it("is an editor's call, with a reason, and can be reopened", async () => {
    const { editor, reviewer, section } = await setup();
    expect(
      await fail(h.caller(reviewer).review.markNotApplicable({ sectionId: section.id, reason: "No" })),
    ).toBe("FORBIDDEN");
    expect(
      await fail(h.caller(editor).review.markNotApplicable({ sectionId: section.id, reason: "  " })),
    ).toBe("BAD_REQUEST");
    await h.caller(editor).review.markNotApplicable({ sectionId: section.id, reason: "Landlocked" });
    expect(await stateOf(section.id)).toMatchObject({
      status: "NOT_APPLICABLE",
      notApplicableReason: "Landlocked",
    });
    expect(await fail(h.caller(reviewer).review.reopen({ sectionId: section.id }))).toBe("FORBIDDEN");
    await h.caller(editor).review.reopen({ sectionId: section.id });
    expect((await stateOf(section.id)).status).toBe("DRAFT");
    expect(await kinds(section.id)).toEqual(["MARKED_NOT_APPLICABLE", "REOPENED"]);
  });
});

describe("changes since I last read", () => {
  it("marks sections someone else changed after the reader's last visit", async () => {
    const { editor, reviewer, briefId, section, first } = await setup();
    await h.caller(reviewer).review.markRead({ sectionId: section.id, revisionId: first.id });
    expect((await h.caller(reviewer).review.brief({ briefId })).unreadSectionIds).toEqual([]);
    const second = await h.caller(editor).sections.save({
      sectionId: section.id,
      baseRevisionId: first.id,
      content: doc("Changed"),
    });
    expect((await h.caller(reviewer).review.brief({ briefId })).unreadSectionIds).toEqual([section.id]);
    // The editor's own edit is not news to them.
    expect((await h.caller(editor).review.brief({ briefId })).unreadSectionIds).toEqual([]);
    const view = await h.caller(reviewer).review.section({ sectionId: section.id });
    expect(view.lastReadRevisionId).toBe(first.id);
    // A stale tab can't move the mark back; the current revision clears it.
    expect(await h.caller(reviewer).review.markRead({ sectionId: section.id, revisionId: first.id })).toEqual(
      {
        marked: false,
      },
    );
    await h.caller(reviewer).review.markRead({ sectionId: section.id, revisionId: second.id });
    expect((await h.caller(reviewer).review.brief({ briefId })).unreadSectionIds).toEqual([]);
  });
});
