import { exportBrief } from "@dossier/core";
import type { CountryFacts } from "@dossier/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../../testing/harness.ts";

// Issue 10, "Country facts": typed facts on Country Profile, stored with the section's revision so
// history, restore, named versions, diffs and exports cover them.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const source = "https://data.worldbank.org/country/mali";
const facts: CountryFacts = {
  population: { value: 22_400_000, source, asOf: "2024-07-01" },
  capital: { value: "Bamako", source, asOf: "2026-01-10" },
  freedomScore: { value: 10, scale: "Freedom House, 0–100", source, asOf: "2026-02-01" },
};

async function profile() {
  const editor = await h.user("EDITOR");
  const reviewer = await h.user("REVIEWER");
  const briefId = await h.brief(editor, [[reviewer, "REVIEWER"]]);
  const section = await h.section(briefId, "country-profile");
  return { editor, reviewer, briefId, section, me: h.caller(editor) };
}

const revisions = (sectionId: string) =>
  h.db.revision.findMany({
    where: { sectionId },
    orderBy: { number: "asc" },
    select: { number: true, facts: true },
  });

describe("sections.saveFacts", () => {
  it("a facts-only change is a new revision keeping the text; the section shows them", async () => {
    const { briefId, section, me } = await profile();
    const first = await me.sections.save({
      sectionId: section.id,
      baseRevisionId: null,
      content: doc("Mali is…"),
    });
    const saved = await me.sections.saveFacts({ sectionId: section.id, baseRevisionId: first.id, facts });
    expect(saved.number).toBe(2);
    const got = await me.sections.get({ briefId, key: "country-profile" });
    expect(got.hasFacts).toBe(true);
    expect(got.current?.facts).toEqual(facts);
    expect(got.current?.content).toEqual(doc("Mali is…"));
    // Saving the same facts again writes nothing.
    const again = await me.sections.saveFacts({ sectionId: section.id, baseRevisionId: saved.id, facts });
    expect(again.id).toBe(saved.id);
    expect(await revisions(section.id)).toHaveLength(2);
    const audit = await h.db.auditEvent.findMany({
      where: { sectionId: section.id, action: "section.saveFacts" },
    });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.data)).not.toContain("Bamako");
  });

  it("text saves carry the facts forward; restore and history bring back older ones", async () => {
    const { section, me } = await profile();
    const one = await me.sections.saveFacts({ sectionId: section.id, baseRevisionId: null, facts });
    const two = await me.sections.save({
      sectionId: section.id,
      baseRevisionId: one.id,
      content: doc("Text"),
    });
    const newer = { capital: { value: "Bamako", source, asOf: "2026-06-01" } };
    const three = await me.sections.saveFacts({
      sectionId: section.id,
      baseRevisionId: two.id,
      facts: newer,
    });
    expect((await me.revisions.get({ revisionId: two.id })).facts).toEqual(facts);
    expect((await me.revisions.get({ revisionId: three.id })).facts).toEqual(newer);
    const compared = await me.revisions.compare({
      sectionId: section.id,
      fromRevisionId: two.id,
      toRevisionId: three.id,
    });
    expect(compared.facts).toEqual({ from: facts, to: newer });
    const restored = await me.revisions.restore({ sectionId: section.id, revisionId: two.id });
    expect((await me.revisions.get({ revisionId: restored.id })).facts).toEqual(facts);
    expect((await me.revisions.get({ revisionId: restored.id })).content).toEqual(doc("Text"));
  });

  it("a text save based on the revision before a facts save is an ordinary edit, facts kept", async () => {
    const { section, me } = await profile();
    const one = await me.sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("One") });
    await me.sections.saveFacts({ sectionId: section.id, baseRevisionId: one.id, facts });
    // The open editor still builds on #1.
    const three = await me.sections.save({
      sectionId: section.id,
      baseRevisionId: one.id,
      content: doc("One two"),
    });
    expect(three).toMatchObject({ number: 3, kind: "EDIT", merged: null });
    expect((await me.revisions.get({ revisionId: three.id })).facts).toEqual(facts);
  });

  it("facts saved meanwhile by someone else are a CONFLICT; text saved meanwhile is not", async () => {
    const { section, me, editor } = await profile();
    const one = await me.sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("One") });
    const two = await me.sections.save({
      sectionId: section.id,
      baseRevisionId: one.id,
      content: doc("One two"),
    });
    // Form opened on #1, text saved since: fine.
    const three = await me.sections.saveFacts({ sectionId: section.id, baseRevisionId: one.id, facts });
    expect(three.number).toBe(3);
    expect(two.number).toBe(2);
    const other = await h.user("EDITOR");
    await h.db.briefMember.create({ data: { briefId: section.briefId, userId: other.id, role: "EDITOR" } });
    await expect(
      h.caller(other).sections.saveFacts({
        sectionId: section.id,
        baseRevisionId: two.id,
        facts: { capital: { value: "Gao", source, asOf: "2026-01-01" } },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await revisions(section.id)).toHaveLength(3);
    expect(editor.id).toBeTruthy();
  });

  it("refuses bad facts, other sections and people who can't edit, writing nothing", async () => {
    const { briefId, section, me, reviewer } = await profile();
    const bad = [
      { capital: { value: "Bamako", source: "javascript:alert(1)", asOf: "2026-01-01" } },
      { capital: { value: "Bamako", source, asOf: "yesterday" } },
      { population: { value: -5, source, asOf: "2026-01-01" } },
      { freedomScore: { value: 10, source, asOf: "2026-01-01" } },
      { anthem: { value: "x", source, asOf: "2026-01-01" } },
    ];
    for (const facts of bad) {
      await expect(
        me.sections.saveFacts({ sectionId: section.id, baseRevisionId: null, facts: facts as CountryFacts }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    const crises = await h.section(briefId, "crises");
    await expect(
      me.sections.saveFacts({ sectionId: crises.id, baseRevisionId: null, facts }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: /Only the Country Profile/ });
    await expect(
      h.caller(reviewer).sections.saveFacts({ sectionId: section.id, baseRevisionId: null, facts }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await revisions(section.id)).toHaveLength(0);
    expect(await revisions(crises.id)).toHaveLength(0);
  });

  it("named versions and exports show the facts as they were, flagging old ones", async () => {
    const { briefId, section, me, editor } = await profile();
    const one = await me.sections.saveFacts({ sectionId: section.id, baseRevisionId: null, facts });
    const version = await me.versions.create({ briefId, name: "v1" });
    await me.sections.saveFacts({
      sectionId: section.id,
      baseRevisionId: one.id,
      facts: { capital: { value: "Timbuktu", source, asOf: "2026-06-01" } },
    });
    const text = (body: string | Uint8Array) =>
      typeof body === "string" ? body : new TextDecoder().decode(body);
    const then = text(
      (await exportBrief(h.db, editor, { briefId, format: "markdown", versionId: version.id })).body,
    );
    expect(then).toContain("Bamako");
    expect(then).toContain("22.4 million");
    expect(then).toMatch(/1 July 2024 — over a year old/);
    const now = text((await exportBrief(h.db, editor, { briefId, format: "print" })).body);
    expect(now).toContain("Timbuktu");
    expect(now).not.toContain("Bamako");
    expect(now).toContain(`<a href="${source}"`);
  });
});
