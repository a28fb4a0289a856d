import type { Actor } from "@dossier/core";
import type { ListBriefsInput } from "@dossier/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, createHarness, doc, type Harness } from "../../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const DAY = 86_400_000;
let seq = 0;
/** A country name unique to one test, so searching for it shows only that test's briefs. */
const tag = () => `Zq${Date.now().toString(36).replace(/\d/g, "")}${"abcdefghij"[seq++ % 10]}land`;

type ListArgs = Partial<Omit<ListBriefsInput, "cursor">>;
const list = (actor: Actor, input: ListArgs = {}) => h.caller(actor).briefs.list(input);

/** Every page of a listing, following nextCursor. */
async function allPages(actor: Actor, input: ListArgs) {
  const ids: string[] = [];
  let cursor: ListBriefsInput["cursor"] = null;
  for (let guard = 0; guard < 50; guard++) {
    const page = await h.caller(actor).briefs.list({ ...input, cursor });
    ids.push(...page.items.map((b) => b.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error("pagination never ended");
}

describe("briefs.list (the desk dashboard)", () => {
  it("shows a brief only to its members and admins", async () => {
    const editor = await h.user("EDITOR");
    const viewer = await h.user("VIEWER");
    const stranger = await h.user("EDITOR");
    const admin = await h.user("ADMIN");
    const country = tag();
    const briefId = await h.brief(editor, [[viewer, "VIEWER"]], country);
    const ids = async (actor: Actor) => (await list(actor, { search: country })).items.map((b) => b.id);
    expect(await ids(editor)).toEqual([briefId]);
    expect(await ids(viewer)).toEqual([briefId]);
    expect(await ids(admin)).toEqual([briefId]);
    expect(await ids(stranger)).toEqual([]);
    // Even without a search: the stranger's whole dashboard lacks it.
    expect((await list(stranger, { limit: 100 })).items.map((b) => b.id)).not.toContain(briefId);
    expect((await list(viewer, { search: country })).items[0]?.myRole).toBe("VIEWER");
    expect((await list(admin, { search: country })).items[0]?.myRole).toBe("ADMIN");
  });

  it("counts filled, empty, approved, in review, owner-less, stale sections and open threads", async () => {
    const editor = await h.user("EDITOR", "Edna Editor");
    const country = tag();
    const briefId = await h.brief(editor, [], country);
    const now = new Date();
    const keys = ["crises", "country-profile", "bilateral-milestones", "democracy-score"];
    for (const key of keys) {
      const s = await h.section(briefId, key);
      await h.caller(editor).sections.save({ sectionId: s.id, baseRevisionId: null, content: doc("Text") });
    }
    const section = (key: string) => h.section(briefId, key);
    const crises = await section("crises");
    const profile = await section("country-profile");
    const history = await section("bilateral-milestones");
    const democracy = await section("democracy-score");
    const template = await h.db.brief.findUniqueOrThrow({
      where: { id: briefId },
      select: { templateId: true },
    });
    const policy = (key: string, days: number | null) =>
      h.db.templateSection.update({
        where: { templateId_key: { templateId: template.templateId, key } },
        data: { staleAfterDays: days },
      });
    await policy("crises", 7);
    await policy("country-profile", 30);
    await policy("bilateral-milestones", 365);
    // crises: approved 10 days ago, policy 7 → stale. profile: approved yesterday → fresh.
    await h.db.section.update({
      where: { id: crises.id },
      data: { status: "APPROVED", reviewedAt: new Date(now.getTime() - 10 * DAY) },
    });
    await h.db.section.update({
      where: { id: profile.id },
      data: { status: "APPROVED", reviewedAt: new Date(now.getTime() - DAY), ownerId: editor.id },
    });
    // bilateral-milestones: never approved, last edited 400 days ago (policy 365) → stale.
    await h.db.section.update({
      where: { id: history.id },
      data: { status: "IN_REVIEW", lastEditedAt: new Date(now.getTime() - 400 * DAY) },
    });
    // democracy-score: no policy → never stale; not applicable counts as approved.
    await h.db.section.update({ where: { id: democracy.id }, data: { status: "NOT_APPLICABLE" } });
    await h.caller(editor).comments.createThread({
      sectionId: crises.id,
      anchor: null,
      body: "Check the dates",
      mentionUserIds: [],
    });
    const resolved = await h.caller(editor).comments.createThread({
      sectionId: crises.id,
      anchor: null,
      body: "Done already",
      mentionUserIds: [],
    });
    await h.db.commentThread.update({ where: { id: resolved.threadId }, data: { status: "RESOLVED" } });

    const [row] = (await list(editor, { search: country })).items;
    expect(row).toMatchObject({
      id: briefId,
      country,
      status: "DRAFT",
      leafCount: 41,
      filledCount: 4,
      emptyCount: 37,
      approvedCount: 3,
      reviewsWaiting: 1,
      ownerlessCount: 40,
      staleCount: 2,
      openThreads: 1,
      lastEditedBy: { id: editor.id, name: "Edna Editor" },
      myRole: "EDITOR",
      firstSectionKey: "preface", // where the dashboard's link opens it
    });
    // A fixed clock: a year on, every written section under a policy is stale.
    const { listBriefs } = await import("@dossier/core");
    const later = await listBriefs(
      h.db,
      editor,
      { search: country, mine: false, includeArchived: false, sort: "lastEdited", limit: 5 },
      new Date(now.getTime() + 400 * DAY),
    );
    expect(later.items[0]?.staleCount).toBe(3);
  });

  it("filters by country or title, status, archived and mine", async () => {
    const editor = await h.user("EDITOR");
    const other = await h.user("EDITOR");
    const admin = await h.user("ADMIN");
    const base = tag();
    const draft = await h.brief(editor, [], `${base} Alpha`);
    const published = await h.brief(other, [[editor, "VIEWER"]], `${base} Beta`);
    const archived = await h.brief(other, [[editor, "EDITOR"]], `${base} Gamma`);
    const owned = await h.brief(other, [[editor, "VIEWER"]], `${base} Delta`);
    await h.db.brief.update({ where: { id: published }, data: { status: "PUBLISHED" } });
    await h.db.brief.update({ where: { id: archived }, data: { archivedAt: new Date() } });
    const crises = await h.section(owned, "crises");
    await h.db.section.update({ where: { id: crises.id }, data: { ownerId: editor.id } });

    const ids = async (input: ListArgs, actor = editor) =>
      (await list(actor, { search: base, ...input })).items.map((b) => b.id).sort();
    const sorted = (...xs: string[]) => xs.sort();
    expect(await ids({})).toEqual(sorted(draft, published, owned));
    expect(await ids({ search: `${base.toUpperCase()} alp` })).toEqual([draft]);
    expect(await ids({ search: `${base} beta: strategic` })).toEqual([published]);
    // LIKE wildcards are literal characters.
    expect(await ids({ search: `${base}%` })).toEqual([]);
    expect(await ids({ status: "PUBLISHED" })).toEqual([published]);
    expect(await ids({ status: "DRAFT" })).toEqual(sorted(draft, owned));
    expect(await ids({ includeArchived: true })).toEqual(sorted(draft, published, archived, owned));
    expect(await ids({ status: "ARCHIVED" })).toEqual([archived]);
    expect((await list(editor, { search: base, status: "ARCHIVED" })).items[0]?.status).toBe("ARCHIVED");
    // Mine: I'm an editor member (draft: creator; archived: member editor) or own a section (owned);
    // a viewer membership alone (published) is not mine.
    expect(await ids({ mine: true })).toEqual(sorted(draft, owned));
    expect(await ids({ mine: true, includeArchived: true })).toEqual(sorted(draft, archived, owned));
    // An admin who is no member and owns nothing has nothing "mine".
    expect(await ids({ mine: true }, admin)).toEqual([]);
  });

  it("caps 'mine' by the org role: a reviewer made brief editor is not an editor", async () => {
    const editor = await h.user("EDITOR");
    const reviewer = await h.user("REVIEWER");
    const country = tag();
    await h.brief(editor, [[reviewer, "EDITOR"]], country);
    expect((await list(reviewer, { search: country, mine: true })).items).toEqual([]);
    expect((await list(reviewer, { search: country })).items).toHaveLength(1);
  });

  it("pages with a keyset cursor through ties, in every sort and direction", async () => {
    const editor = await h.user("EDITOR");
    const base = tag();
    const ids: string[] = [];
    // Two countries share a name; four briefs share an edit time; fill levels tie too.
    const names = ["Cc", "Aa", "Bb", "Aa", "Dd", "Ee", "Bb"];
    for (const name of names) ids.push(await h.brief(editor, [], `${base} ${name}`));
    const same = new Date("2026-01-01T10:00:00.123Z");
    for (const [i, id] of ids.entries()) {
      await h.db.brief.update({
        where: { id },
        data: { lastEditedAt: i < 4 ? same : new Date(same.getTime() + i * 1000) },
      });
    }
    for (const id of ids.slice(0, 3)) {
      const s = await h.section(id, "crises");
      await h.db.section.update({ where: { id: s.id }, data: { wordCount: 5, status: "APPROVED" } });
    }
    const sorts = ["lastEdited", "country", "filled", "approved", "stale"] as const;
    for (const sort of sorts) {
      for (const dir of ["asc", "desc"] as const) {
        const whole = (await list(editor, { search: base, sort, dir, limit: 100 })).items;
        expect(whole).toHaveLength(7);
        const paged = await allPages(editor, { search: base, sort, dir, limit: 2 });
        expect(paged, `${sort} ${dir}`).toEqual(whole.map((b) => b.id));
      }
    }
    const byCountry = (await list(editor, { search: base, sort: "country", limit: 100 })).items;
    expect(byCountry.map((b) => b.country.slice(-2))).toEqual(["Aa", "Aa", "Bb", "Bb", "Cc", "Dd", "Ee"]);
    const newest = (await list(editor, { search: base, limit: 100 })).items;
    expect(newest[0]?.id).toBe(ids[6]);
    const fullest = (await list(editor, { search: base, sort: "filled", limit: 100 })).items;
    expect(
      fullest
        .slice(0, 3)
        .map((b) => b.id)
        .sort(),
    ).toEqual(ids.slice(0, 3).sort());
  });

  it("refuses a cursor that doesn't fit the sort", async () => {
    const editor = await h.user("EDITOR");
    const error = await h
      .caller(editor)
      .briefs.list({ sort: "filled", cursor: { value: "Mali", id: "abc" } })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("BAD_REQUEST");
    const bad = await h
      .caller(editor)
      .briefs.list({ search: "x".repeat(101) })
      .catch((e: unknown) => e);
    expect(codeOf(bad)).toBe("BAD_REQUEST");
  });
});
