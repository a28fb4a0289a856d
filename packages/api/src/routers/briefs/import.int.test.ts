import { readFileSync } from "node:fs";
import { MAX_IMPORT_CHARACTERS } from "@dossier/schema";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

// The brief format real desks use (fixtures/mali-brief.md).
const fixture = readFileSync(new URL("../../../../../fixtures/mali-brief.md", import.meta.url), "utf8");
const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));
const counts = async () => ({
  briefs: await h.db.brief.count(),
  sections: await h.db.section.count(),
  revisions: await h.db.revision.count(),
});

describe("briefs.importPreview", () => {
  it("shows where every part of the fixture lands, and writes nothing", async () => {
    const editor = await h.user("EDITOR");
    const before = await counts();
    const preview = await h
      .caller(editor)
      .briefs.importPreview({ markdown: fixture, fileName: "C:\\briefs\\mali-brief.md" });
    expect(preview).toMatchObject({
      fileName: "mali-brief.md",
      title: "Mali: Strategic U.S. Foreign Policy Analysis",
      country: "Mali",
      filledCount: 41,
      leafCount: 41,
      emptySections: [],
      unmatched: [],
    });
    const crises = preview.sections.find((s) => s.key === "crises")!;
    expect(crises.heading).toMatchObject({ text: "Crises", line: 9, form: "atx" });
    expect(JSON.stringify(crises.document)).toContain("Wagner Group");
    expect(await counts()).toEqual(before);
  });

  it("reports an unknown heading with where its text will go", async () => {
    const editor = await h.user("EDITOR");
    const md = "## Crises\n\nDrought.\n\n## Water Annex\n\nRivers.\n\n## Preface\n\nIntro.";
    const preview = await h.caller(editor).briefs.importPreview({ markdown: md, fileName: "x.md" });
    expect(preview.unmatched).toEqual([
      expect.objectContaining({ id: "line-5", heading: "Water Annex", target: "crises", words: 3 }),
    ]);
    expect(preview.emptySections).toHaveLength(39);
    const moved = await h
      .caller(editor)
      .briefs.importPreview({ markdown: md, fileName: "x.md", overrides: { "line-5": "climate-impact" } });
    expect(moved.sections.find((s) => s.key === "climate-impact")?.receives).toEqual(["line-5"]);
  });
});

describe("briefs.import", () => {
  it("creates the brief with revision 1 of each filled section, credited to the importer", async () => {
    const editor = await h.user("EDITOR");
    const api = h.caller(editor);
    const preview = await api.briefs.importPreview({ markdown: fixture, fileName: "mali-brief.md" });
    const { id, filledCount } = await api.briefs.import({
      markdown: fixture,
      fileName: "mali-brief.md",
      country: "Mali",
    });
    expect(filledCount).toBe(41);

    const brief = await api.briefs.get({ briefId: id });
    expect(brief).toMatchObject({
      country: "Mali",
      title: "Mali: Strategic U.S. Foreign Policy Analysis",
      myRole: "EDITOR",
    });
    expect(brief.sections.filter((s) => s.isLeaf).every((s) => s.filled)).toBe(true);

    const revisions = await h.db.revision.findMany({
      where: { section: { briefId: id } },
      select: {
        number: true,
        message: true,
        kind: true,
        authorId: true,
        content: true,
        section: { select: { key: true } },
      },
    });
    expect(revisions).toHaveLength(41);
    for (const revision of revisions) {
      expect(revision).toMatchObject({
        number: 1,
        message: "Imported from mali-brief.md",
        kind: "EDIT",
        authorId: editor.id,
      });
      // What was previewed is exactly what was saved.
      expect(revision.content).toEqual(
        preview.sections.find((s) => s.key === revision.section.key)?.document,
      );
    }
    const history = await api.revisions.list({
      sectionId: brief.sections.find((s) => s.key === "crises")!.id,
    });
    expect(history.items.map((r) => r.number)).toEqual([1]);
  });

  it("puts moved text where the person chose, and takes a custom title", async () => {
    const editor = await h.user("EDITOR");
    const md = "## Crises\n\nDrought.\n\n## Water Annex\n\nRivers.";
    const { id } = await h.caller(editor).briefs.import({
      markdown: md,
      fileName: "notes.md",
      country: "Riverland",
      title: "Riverland 2026",
      overrides: { "line-5": "climate-impact" },
    });
    const text = async (key: string) =>
      (
        await h.db.section.findUniqueOrThrow({
          where: { briefId_key: { briefId: id, key } },
          select: { currentRevision: { select: { text: true } } },
        })
      ).currentRevision?.text;
    expect(await text("crises")).toBe("Drought.");
    expect(await text("climate-impact")).toBe("Water Annex\n\nRivers.");
    expect(await text("preface")).toBeUndefined();
    expect((await h.db.brief.findUniqueOrThrow({ where: { id } })).title).toBe("Riverland 2026");
  });

  it("is for those who may create briefs", async () => {
    const before = await counts();
    for (const role of ["REVIEWER", "VIEWER"] as const) {
      const api = h.caller(await h.user(role));
      expect(
        codeOf(await api.briefs.importPreview({ markdown: fixture, fileName: "m.md" }).catch((e) => e)),
      ).toBe("FORBIDDEN");
      expect(
        codeOf(
          await api.briefs.import({ markdown: fixture, fileName: "m.md", country: "Mali" }).catch((e) => e),
        ),
      ).toBe("FORBIDDEN");
    }
    expect(
      codeOf(
        await h
          .caller(null)
          .briefs.importPreview({ markdown: "x", fileName: "m.md" })
          .catch((e) => e),
      ),
    ).toBe("UNAUTHORIZED");
    await h.caller(await h.user("ADMIN")).briefs.importPreview({ markdown: fixture, fileName: "m.md" });
    expect(await counts()).toEqual(before);
  });

  it("refuses empty, oversized or ill-formed input with BAD_REQUEST and creates nothing", async () => {
    const api = h.caller(await h.user("EDITOR"));
    const before = await counts();
    const attempts: {
      markdown: string;
      fileName: string;
      country: string;
      overrides?: Record<string, string>;
    }[] = [
      { markdown: "  \n ", fileName: "empty.md", country: "Mali" },
      { markdown: "x".repeat(MAX_IMPORT_CHARACTERS + 1), fileName: "huge.md", country: "Mali" },
      { markdown: fixture, fileName: "", country: "Mali" },
      { markdown: fixture, fileName: "m.md", country: "<b>Mali</b>" },
      { markdown: fixture, fileName: "m.md", country: "Mali", overrides: { "line-1": "overview" } },
      { markdown: fixture, fileName: "m.md", country: "Mali", overrides: { "../x": "crises" } },
    ];
    for (const input of attempts) {
      const error = await api.briefs.import(input).catch((e: unknown) => e);
      expect(codeOf(error), JSON.stringify(input).slice(0, 80)).toBe("BAD_REQUEST");
    }
    const huge = await api.briefs
      .importPreview({ markdown: "x".repeat(MAX_IMPORT_CHARACTERS + 1), fileName: "huge.md" })
      .catch((e: unknown) => e);
    expect(huge).toBeInstanceOf(TRPCError);
    expect((huge as TRPCError).message).toMatch(/too large to import/);
    expect(await counts()).toEqual(before);
  });

  it("is one transaction: a failure on the last section leaves no brief, section or revision", async () => {
    const api = h.caller(await h.user("EDITOR"));
    const schema = `"${h.schema}"`;
    // A real database failure, late in the import: refuse the revision of the last section.
    await h.db.$executeRawUnsafe(`
      CREATE FUNCTION ${schema}.refuse_marked_revision() RETURNS trigger AS $$
      BEGIN
        IF NEW.text LIKE '%REFUSE-THIS%' THEN RAISE EXCEPTION 'refused for the test'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await h.db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_marked BEFORE INSERT ON ${schema}."Revision" FOR EACH ROW EXECUTE FUNCTION ${schema}.refuse_marked_revision()`,
    );
    try {
      const before = await counts();
      const markdown = `${fixture}\n\nREFUSE-THIS`;
      const preview = await api.briefs.importPreview({ markdown, fileName: "m.md" });
      expect(JSON.stringify(preview.sections.find((s) => s.key === "visa-requirements")?.document)).toContain(
        "REFUSE-THIS",
      );
      await expect(api.briefs.import({ markdown, fileName: "m.md", country: "Failland" })).rejects.toThrow();
      expect(await counts()).toEqual(before);
      expect(await h.db.brief.count({ where: { country: "Failland" } })).toBe(0);
    } finally {
      await h.db.$executeRawUnsafe(`DROP TRIGGER refuse_marked ON ${schema}."Revision"`);
      await h.db.$executeRawUnsafe(`DROP FUNCTION ${schema}.refuse_marked_revision()`);
    }
  });
});
