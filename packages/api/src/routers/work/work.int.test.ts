import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const DAY = 86_400_000;

describe("work.mine (My work)", () => {
  it("lists the sections I own in live briefs I can see, stale and due first", async () => {
    const me = await h.user("EDITOR");
    const lead = await h.user("EDITOR");
    const live = await h.brief(lead, [[me, "EDITOR"]], "Ownedland");
    const archived = await h.brief(lead, [[me, "EDITOR"]], "Archiveland");
    const left = await h.brief(lead, [[me, "EDITOR"]], "Leftland");
    const own = async (briefId: string, key: string, data: object = {}) => {
      const s = await h.section(briefId, key);
      await h.db.section.update({ where: { id: s.id }, data: { ownerId: me.id, ...data } });
      return s.id;
    };
    const due = new Date(Date.now() + 3 * DAY);
    const plain = await own(live, "trade-relationships");
    const dueSoon = await own(live, "country-profile", { reviewDueAt: due, status: "IN_REVIEW" });
    const stale = await own(live, "crises");
    await h.caller(me).sections.save({ sectionId: stale, baseRevisionId: null, content: doc("Old news") });
    const brief = await h.db.brief.findUniqueOrThrow({ where: { id: live }, select: { templateId: true } });
    await h.db.templateSection.update({
      where: { templateId_key: { templateId: brief.templateId, key: "crises" } },
      data: { staleAfterDays: 7 },
    });
    await h.db.section.update({
      where: { id: stale },
      data: { status: "APPROVED", reviewedAt: new Date(Date.now() - 8 * DAY) },
    });
    await own(archived, "crises");
    await h.db.brief.update({ where: { id: archived }, data: { archivedAt: new Date() } });
    await own(left, "crises");
    await h.db.briefMember.deleteMany({ where: { briefId: left, userId: me.id } });

    const { owned } = await h.caller(me).work.mine();
    expect(owned.map((s) => s.sectionId)).toEqual([stale, dueSoon, plain]);
    expect(owned[0]).toMatchObject({
      country: "Ownedland",
      sectionKey: "crises",
      status: "APPROVED",
      stale: true,
    });
    expect(owned[1]).toMatchObject({ status: "IN_REVIEW", stale: false, reviewDueAt: due });
  });

  it("lists reviews named to me, or to nobody in briefs I may review", async () => {
    const me = await h.user("REVIEWER");
    const other = await h.user("REVIEWER");
    const lead = await h.user("EDITOR");
    const reviewing = await h.brief(
      lead,
      [
        [me, "REVIEWER"],
        [other, "REVIEWER"],
      ],
      "Reviewland",
    );
    const watching = await h.brief(lead, [[me, "VIEWER"]], "Watchland");
    const inReview = async (briefId: string, key: string, reviewerId: string | null) => {
      const s = await h.section(briefId, key);
      await h.db.section.update({ where: { id: s.id }, data: { status: "IN_REVIEW", reviewerId } });
      return s.id;
    };
    const named = await inReview(reviewing, "crises", me.id);
    const anyone = await inReview(reviewing, "trade-relationships", null);
    await inReview(reviewing, "country-profile", other.id);
    await inReview(watching, "crises", null);
    const { reviews } = await h.caller(me).work.mine();
    expect(reviews.map((r) => [r.sectionId, r.namedMe]).sort()).toEqual(
      [
        [named, true],
        [anyone, false],
      ].sort(),
    );
  });

  it("lists open threads that mention me or answer me since my last comment", async () => {
    const me = await h.user("EDITOR", "Me Myself");
    const other = await h.user("EDITOR", "Olga Other");
    const briefId = await h.brief(other, [[me, "EDITOR"]], "Threadland");
    const section = await h.section(briefId, "crises");
    const thread = (actor: typeof me, body: string, mentionUserIds: string[] = []) =>
      h.caller(actor).comments.createThread({ sectionId: section.id, anchor: null, body, mentionUserIds });
    const reply = (actor: typeof me, threadId: string, body: string) =>
      h.caller(actor).comments.reply({ threadId, body, mentionUserIds: [] });

    const mention = await thread(other, "@Me Myself can you check this?", [me.id]);
    const answered = await thread(me, "Is the date right?");
    await reply(other, answered.threadId, "Yes, checked");
    const quiet = await thread(me, "Nobody answers this");
    const caughtUp = await thread(me, "Another question");
    await reply(other, caughtUp.threadId, "Answer");
    await reply(me, caughtUp.threadId, "Thanks");
    const resolved = await thread(me, "Done");
    await reply(other, resolved.threadId, "Agreed");
    await h.db.commentThread.update({ where: { id: resolved.threadId }, data: { status: "RESOLVED" } });
    const elsewhere = await thread(other, "Not about me");

    const { threads } = await h.caller(me).work.mine();
    const byId = new Map(threads.map((t) => [t.threadId, t]));
    expect(byId.get(mention.threadId)).toMatchObject({
      reason: "mention",
      lastCommentBy: "Olga Other",
      country: "Threadland",
      sectionKey: "crises",
    });
    expect(byId.get(answered.threadId)).toMatchObject({ reason: "reply", excerpt: "Is the date right?" });
    for (const gone of [quiet, caughtUp, resolved, elsewhere]) expect(byId.has(gone.threadId)).toBe(false);
    expect(threads).toHaveLength(2);

    // Answering the mention reads it.
    await reply(me, mention.threadId, "On it");
    const after = await h.caller(me).work.mine();
    expect(after.threads.map((t) => t.threadId)).toEqual([answered.threadId]);
    // A stranger sees none of it.
    const stranger = await h.user("EDITOR");
    expect(await h.caller(stranger).work.mine()).toEqual({ owned: [], reviews: [], threads: [] });
  });
});
