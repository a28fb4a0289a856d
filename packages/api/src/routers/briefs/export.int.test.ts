import { readFileSync } from "node:fs";
import { type Actor, AppError, closePdfBrowser, type Db, exportBrief, loadExport } from "@dossier/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await closePdfBrowser();
  await h.close();
});

const fixture = readFileSync(new URL("../../../../../fixtures/mali-brief.md", import.meta.url), "utf8");
const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));
const text = (body: string | Uint8Array) =>
  typeof body === "string" ? body : Buffer.from(body).toString("utf8");

async function importFixture(editor: Actor, country = "Mali") {
  return (await h.caller(editor).briefs.import({ markdown: fixture, fileName: "mali-brief.md", country })).id;
}

/** Each leaf's current revision: content and text. */
async function currentTexts(briefId: string) {
  const sections = await h.db.section.findMany({
    where: { briefId, isLeaf: true },
    orderBy: { position: "asc" },
    select: { key: true, currentRevision: { select: { content: true, text: true } } },
  });
  return sections.map((s) => ({
    key: s.key,
    content: s.currentRevision?.content ?? null,
    text: s.currentRevision?.text ?? null,
  }));
}

describe("export → import", () => {
  it("gives back a whole brief: the same tree, section texts and documents", async () => {
    const editor = await h.user("EDITOR");
    const original = await importFixture(editor);
    const crises = await h.section(original, "crises");
    // Some editing after the import: a list, a table, a link, bold and italic.
    await h.caller(editor).sections.save({
      sectionId: crises.id,
      baseRevisionId: crises.currentRevisionId,
      content: {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: "Wagner", marks: [{ type: "bold" }] },
              { type: "text", text: " and *others*." },
            ],
          },
          {
            type: "bulletList",
            content: [
              {
                type: "listItem",
                content: [{ type: "paragraph", content: [{ type: "text", text: "One | two" }] }],
              },
            ],
          },
          {
            type: "table",
            content: [
              {
                type: "tableRow",
                content: [
                  {
                    type: "tableHeader",
                    content: [{ type: "paragraph", content: [{ type: "text", text: "Actor" }] }],
                  },
                ],
              },
              {
                type: "tableRow",
                content: [
                  {
                    type: "tableCell",
                    content: [
                      {
                        type: "paragraph",
                        content: [
                          {
                            type: "text",
                            text: "Junta",
                            marks: [
                              { type: "italic" },
                              { type: "link", attrs: { href: "https://example.org/j" } },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    });
    const markdown = await exportBrief(h.db, editor, { briefId: original, format: "markdown" });
    expect(markdown).toMatchObject({
      contentType: "text/markdown; charset=utf-8",
      fileName: "mali-brief.md",
      inline: false,
    });
    const preview = await h
      .caller(editor)
      .briefs.importPreview({ markdown: text(markdown.body), fileName: "mali-brief.md" });
    expect(preview.unmatched).toEqual([]);
    const copy = (
      await h
        .caller(editor)
        .briefs.import({ markdown: text(markdown.body), fileName: "mali-brief.md", country: "Mali" })
    ).id;
    expect(await currentTexts(copy)).toEqual(await currentTexts(original));
    const tree = async (briefId: string) =>
      (await h.caller(editor).briefs.get({ briefId })).sections.map((s) => [
        s.key,
        s.title,
        s.isLeaf,
        s.position,
      ]);
    expect(await tree(copy)).toEqual(await tree(original));
  });
});

describe("exports of a named version", () => {
  it("hold the text frozen at that version, not today's", async () => {
    const editor = await h.user("EDITOR");
    const briefId = await importFixture(editor, "Versionia");
    const version = await h.caller(editor).versions.create({ briefId, name: "v1 — to the Deputy" });
    const crises = await h.section(briefId, "crises");
    await h.caller(editor).sections.save({
      sectionId: crises.id,
      baseRevisionId: crises.currentRevisionId,
      content: doc("Rewritten after v1."),
    });

    const now = text((await exportBrief(h.db, editor, { briefId, format: "markdown" })).body);
    const then = await exportBrief(h.db, editor, { briefId, format: "markdown", versionId: version.id });
    expect(now).toContain("Rewritten after v1.");
    expect(text(then.body)).not.toContain("Rewritten after v1.");
    expect(text(then.body)).toContain("Mali is currently grappling");
    expect(then.fileName).toBe("versionia-brief-v1-to-the-deputy.md");

    const print = text(
      (await exportBrief(h.db, editor, { briefId, format: "print", versionId: version.id })).body,
    );
    expect(print).toContain("<dd>v1 — to the Deputy</dd>");
    expect(print).toContain(`href="pdf?version=${version.id}"`);

    const other = await importFixture(editor, "Otherland");
    const elsewhere = await exportBrief(h.db, editor, {
      briefId: other,
      format: "markdown",
      versionId: version.id,
    }).catch((e) => e);
    expect(codeOf(elsewhere)).toBe("NOT_FOUND");
  });
});

describe("who may export", () => {
  it("anyone who may read the brief; to anyone else it does not exist", async () => {
    const editor = await h.user("EDITOR");
    const viewer = await h.user("VIEWER");
    const briefId = await importFixture(editor, "Privatia");
    await h.db.briefMember.create({ data: { briefId, userId: viewer.id, role: "VIEWER" } });
    const docx = await exportBrief(h.db, viewer, { briefId, format: "docx" });
    expect(Buffer.from(docx.body).subarray(0, 2).toString()).toBe("PK");
    const admin = await exportBrief(h.db, await h.user("ADMIN"), { briefId, format: "print" });
    expect(admin.inline).toBe(true);
    for (const stranger of [await h.user("EDITOR"), await h.user("VIEWER")]) {
      const error = await exportBrief(h.db, stranger, { briefId, format: "markdown" }).catch((e) => e);
      expect(codeOf(error)).toBe("NOT_FOUND");
    }
  });
});

describe("loading a brief for export", () => {
  it("takes the same few queries however long the history", async () => {
    const editor = await h.user("EDITOR");
    const briefId = await importFixture(editor, "Querytown");
    const version = await h.caller(editor).versions.create({ briefId, name: "v1" });
    const queriesFor = async (versionId: string | null) => {
      let count = 0;
      const counting = h.db.$extends({
        query: {
          async $allOperations({ args, query }) {
            count++;
            return query(args);
          },
        },
      }) as unknown as Db;
      await loadExport(counting, editor, { briefId, versionId });
      return count;
    };
    const before = [await queriesFor(null), await queriesFor(version.id)];
    // Lengthen every section's history.
    for (const key of ["crises", "preface", "tariff-report"]) {
      for (let n = 0; n < 5; n++) {
        const section = await h.section(briefId, key);
        await h.caller(editor).sections.save({
          sectionId: section.id,
          baseRevisionId: section.currentRevisionId,
          content: doc(`Draft ${n}`),
        });
      }
    }
    expect([await queriesFor(null), await queriesFor(version.id)]).toEqual(before);
    expect(before[0]).toBeLessThanOrEqual(3);
    expect(before[1]).toBeLessThanOrEqual(4);
  });
});

describe("PDF export", () => {
  it("answers 503-worthy SERVICE_UNAVAILABLE with a clear message when there is no Chromium", async () => {
    const editor = await h.user("EDITOR");
    const briefId = await h.brief(editor, [], "Nochromia");
    const saved = process.env.CHROMIUM_PATH;
    await closePdfBrowser();
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      const error = await exportBrief(h.db, editor, { briefId, format: "pdf" }).catch((e) => e);
      expect(codeOf(error)).toBe("SERVICE_UNAVAILABLE");
      expect((error as Error).message).toMatch(
        /PDF export is not available.*\/nonexistent\/chromium.*CHROMIUM_PATH/,
      );
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it("renders the print view to a PDF with Chromium", async () => {
    const editor = await h.user("EDITOR");
    const briefId = await importFixture(editor, "Pdfland");
    const pdf = await exportBrief(h.db, editor, { briefId, format: "pdf" });
    expect(pdf).toMatchObject({ contentType: "application/pdf", fileName: "pdfland-brief.pdf" });
    const bytes = Buffer.from(pdf.body);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    // Title page, contents and the sections: well over a few pages.
    expect(bytes.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length).toBeGreaterThan(5);
  });
});
