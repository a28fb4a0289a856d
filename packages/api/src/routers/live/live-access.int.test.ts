import { eventBusFor, type LiveEvent } from "@dossier/core";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../../testing/harness.ts";

// Issue 8, defect 6: an open live stream kept delivering revision and thread events after the
// member was removed or deactivated, and the bell showed comment text from briefs the reader can
// no longer open.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

type Stream = AsyncIterator<LiveEvent>;
const open = async (iterable: Promise<AsyncIterable<LiveEvent>>): Promise<Stream> =>
  (await iterable)[Symbol.asyncIterator]();

/** The stream's next outcome: an event, or the error that ended it. */
async function nextOf(stream: Stream) {
  try {
    const { value, done } = await stream.next();
    return done ? { ended: true } : { event: value };
  } catch (error) {
    return { error: error instanceof TRPCError ? error.code : String(error) };
  }
}

async function team() {
  const editor = await h.user("EDITOR");
  const reviewer = await h.user("REVIEWER");
  const briefId = await h.brief(editor, [[reviewer, "REVIEWER"]]);
  const section = await h.section(briefId);
  let base: string | null = null;
  const save = async (text: string) => {
    const saved = await h
      .caller(editor)
      .sections.save({ sectionId: section.id, baseRevisionId: base, content: doc(text) });
    base = saved.id;
  };
  return { editor, reviewer, briefId, section, save };
}

describe("live streams follow access", () => {
  it("a member's brief and section streams deliver, then end once they are removed", async () => {
    const { editor, reviewer, briefId, section, save } = await team();
    const brief = await open(h.caller(reviewer).live.brief({ briefId }));
    const sectionStream = await open(h.caller(reviewer).live.section({ sectionId: section.id }));
    const first = nextOf(brief);
    const firstInSection = nextOf(sectionStream);
    await save("One");
    expect(await first).toMatchObject({ event: { type: "revision", briefId } });
    expect(await firstInSection).toMatchObject({ event: { type: "revision", sectionId: section.id } });

    await h.caller(editor).briefs.members.remove({ briefId, userId: reviewer.id });
    const afterRemoval = nextOf(brief);
    const afterRemovalInSection = nextOf(sectionStream);
    await save("Two");
    expect(await afterRemoval).toEqual({ error: "NOT_FOUND" });
    expect(await afterRemovalInSection).toEqual({ error: "NOT_FOUND" });
  });

  it("a deactivated account's streams end at the next event, the notifications stream too", async () => {
    const { reviewer, briefId, save } = await team();
    const brief = await open(h.caller(reviewer).live.brief({ briefId }));
    const bell = await open(h.caller(reviewer).live.notifications());
    await h.db.user.update({ where: { id: reviewer.id }, data: { deactivated: true } });
    const pending = nextOf(brief);
    const pendingBell = nextOf(bell);
    await save("Three");
    await eventBusFor(h.db).publish([{ type: "notification", userId: reviewer.id }]);
    expect(await pending).toEqual({ error: "UNAUTHORIZED" });
    expect(await pendingBell).toEqual({ error: "UNAUTHORIZED" });
  });

  it("an admin demoted to an org role without membership stops hearing the brief", async () => {
    // An admin sees every brief without membership; demoted to editor, they no longer see it.
    const { briefId, save } = await team();
    const admin = await h.user("ADMIN");
    const brief = await open(h.caller(admin).live.brief({ briefId }));
    await h.db.user.update({ where: { id: admin.id }, data: { role: "EDITOR" } });
    const pending = nextOf(brief);
    await save("Four");
    expect(await pending).toEqual({ error: "NOT_FOUND" });
  });
});

describe("notifications never show text from a brief the reader can't open", () => {
  it("hides the bell's excerpts once the reader is removed, and shows them again if re-added", async () => {
    const { editor, reviewer, briefId, section } = await team();
    await h.caller(editor).comments.createThread({
      sectionId: section.id,
      anchor: null,
      body: "Confidential: the minister resigns on Friday",
      mentionUserIds: [reviewer.id],
    });
    const before = await h.caller(reviewer).notifications.list();
    expect(before.unread).toBe(1);
    expect(before.items[0]?.excerpt).toContain("minister resigns");

    await h.caller(editor).briefs.members.remove({ briefId, userId: reviewer.id });
    const after = await h.caller(reviewer).notifications.list();
    expect(after).toEqual({ unread: 0, items: [] });

    await h.caller(editor).briefs.members.set({ briefId, email: reviewer.email, role: "REVIEWER" });
    expect((await h.caller(reviewer).notifications.list()).unread).toBe(1);
  });

  it("notifies only people who can open the brief: not a removed participant or a removed owner", async () => {
    const { editor, reviewer, briefId, section } = await team();
    const other = await h.user("EDITOR");
    await h.db.briefMember.create({ data: { briefId, userId: other.id, role: "EDITOR" } });
    await h.db.section.update({ where: { id: section.id }, data: { ownerId: other.id } });
    const thread = await h
      .caller(reviewer)
      .comments.createThread({ sectionId: section.id, anchor: null, body: "Q" });
    await h.caller(editor).briefs.members.remove({ briefId, userId: reviewer.id });
    await h.caller(editor).briefs.members.remove({ briefId, userId: other.id });
    await h.caller(editor).comments.reply({ threadId: thread.threadId, body: "Secret answer" });
    await h.caller(editor).comments.createThread({ sectionId: section.id, anchor: null, body: "Another" });
    const reviewerRows = await h.db.notification.findMany({ where: { userId: reviewer.id } });
    const otherRows = await h.db.notification.findMany({ where: { userId: other.id } });
    expect(reviewerRows).toHaveLength(0);
    // The owner heard of the first thread while still on the brief, and nothing after removal.
    expect(otherRows).toHaveLength(1);
  });

  it("refuses to mention someone who isn't on the brief", async () => {
    const { editor, section } = await team();
    const outsider = await h.user("EDITOR");
    await expect(
      h.caller(editor).comments.createThread({
        sectionId: section.id,
        anchor: null,
        body: "@outsider",
        mentionUserIds: [outsider.id],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
