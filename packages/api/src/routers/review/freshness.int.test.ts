import { staleCounts, staleSectionIds } from "@dossier/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../../testing/harness.ts";
import { fail } from "./review-setup.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const DAY = 86_400_000;

describe("freshness (staleSectionsWhere) with a fixed clock", () => {
  it("follows each template section's policy: approval age, else first revision age", async () => {
    const editor = await h.user("EDITOR");
    const briefId = await h.brief(editor);
    const api = h.caller(editor);
    const crises = await h.section(briefId, "crises"); // 7 days
    const visas = await h.section(briefId, "visa-requirements"); // 30 days
    const history = await h.section(briefId, "bilateral-milestones"); // 365 days
    for (const s of [crises, visas, history]) {
      await api.sections.save({ sectionId: s.id, baseRevisionId: null, content: doc("Text") });
    }
    const now = new Date(Date.now() + 10 * DAY);
    // crises: never approved, first revision 10 days before `now` > 7 → stale
    // visas: approved 40 days before now → stale; history: approved 40 days before → fresh
    const approvedAt = new Date(now.getTime() - 40 * DAY);
    for (const s of [visas, history]) {
      const { currentRevisionId } = await h.db.section.findUniqueOrThrow({ where: { id: s.id } });
      await h.db.section.update({
        where: { id: s.id },
        data: { status: "APPROVED", approvedRevisionId: currentRevisionId, reviewedAt: approvedAt },
      });
    }
    expect(await staleSectionIds(h.db, briefId, now)).toEqual(new Set([crises.id, visas.id]));
    expect((await staleCounts(h.db, [briefId], now)).get(briefId)).toBe(2);
    // A day after saving, only the visas (approved 31 days before then) are stale.
    expect((await staleCounts(h.db, [briefId], new Date(Date.now() + DAY))).get(briefId)).toBe(1);

    // Not applicable sections are never stale; an admin clearing the policy clears staleness.
    await h.db.section.update({ where: { id: crises.id }, data: { status: "NOT_APPLICABLE" } });
    const { templateId } = await h.db.brief.findUniqueOrThrow({ where: { id: briefId } });
    await h.db.templateSection.update({
      where: { templateId_key: { templateId, key: "visa-requirements" } },
      data: { staleAfterDays: null },
    });
    expect(await staleSectionIds(h.db, briefId, now)).toEqual(new Set());
    await h.db.templateSection.update({
      where: { templateId_key: { templateId, key: "visa-requirements" } },
      data: { staleAfterDays: 30 },
    });
  });
});

describe("freshness policies", () => {
  it("are listed and edited by admins only", async () => {
    const admin = await h.user("ADMIN");
    const editor = await h.user("EDITOR");
    const rows = await h.caller(admin).review.freshness.list();
    const crises = rows.find((r) => r.key === "crises");
    expect(crises?.staleAfterDays).toBe(7);
    expect(await fail(h.caller(editor).review.freshness.list())).toBe("FORBIDDEN");
    expect(
      await fail(
        h.caller(editor).review.freshness.set({ templateSectionId: crises?.id ?? "", staleAfterDays: 3 }),
      ),
    ).toBe("FORBIDDEN");
    await h.caller(admin).review.freshness.set({ templateSectionId: crises?.id ?? "", staleAfterDays: 14 });
    expect((await h.db.templateSection.findUniqueOrThrow({ where: { id: crises?.id } })).staleAfterDays).toBe(
      14,
    );
    expect(
      await fail(
        h.caller(admin).review.freshness.set({ templateSectionId: crises?.id ?? "", staleAfterDays: 0 }),
      ),
    ).toBe("BAD_REQUEST");
  });
});
