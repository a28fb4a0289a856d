import { readFileSync } from "node:fs";
import { documentToPlainText, type JSONContent, validateDocument } from "@dossier/editor";
import { documentArbitrary } from "@dossier/editor/markdown/testing";
import fc from "fast-check";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { type ImportPlan, planImport } from "../import/plan-import.ts";
import { defaultTemplate, flattenTemplate } from "../template/default-template.ts";
import { fileStem } from "./export-brief.ts";
import type { ExportedBrief } from "./load-export.ts";
import { sectionNumbers } from "./numbering.ts";
import { printViewHtml } from "./print-view.ts";
import { briefToDocx } from "./to-docx.ts";
import { briefToMarkdown } from "./to-markdown.ts";

const template = flattenTemplate(defaultTemplate);
const fixture = readFileSync(new URL("../../../../fixtures/mali-brief.md", import.meta.url), "utf8");

/** A brief as the exporter loads it, with the plan's documents as each leaf's current text. */
function briefFrom(plan: ImportPlan, version: ExportedBrief["version"] = null): ExportedBrief {
  const numbers = sectionNumbers(plan.sections);
  return {
    id: "brief",
    title: plan.title ?? "Testland: Strategic U.S. Foreign Policy Analysis",
    country: plan.country ?? "Testland",
    version,
    exportedAt: new Date("2025-03-12T10:00:00Z"),
    sections: plan.sections.map((s) => ({
      key: s.key,
      title: s.title,
      depth: s.depth,
      number: numbers.get(s.key) ?? null,
      isLeaf: s.isLeaf,
      content: s.document,
      facts: null,
    })),
  };
}

const documents = (plan: ImportPlan) => new Map(plan.sections.map((s) => [s.key, s.document]));
const canon = (json: JSONContent) => {
  const checked = validateDocument(json);
  if (!checked.ok) throw new Error(checked.error);
  return checked.doc.toJSON() as JSONContent;
};

describe("Markdown export → import", () => {
  it("gives back the fixture's sections and text exactly", () => {
    const imported = planImport(fixture, template);
    const again = planImport(briefToMarkdown(briefFrom(imported)), template);
    expect(documents(again)).toEqual(documents(imported));
    expect(again.unmatched).toEqual([]);
    expect([again.title, again.country]).toEqual([imported.title, imported.country]);
  });

  it("gives back any documents Markdown can hold, in any sections", { timeout: 60_000 }, () => {
    const leaves = template.filter((s) => s.isLeaf).map((s) => s.key);
    const filled = fc.dictionary(fc.constantFrom(...leaves), documentArbitrary({ edgeRules: false }), {
      minKeys: 1,
      maxKeys: 6,
    });
    fc.assert(
      fc.property(filled, (byKey) => {
        const plan = planImport("", template);
        for (const section of plan.sections) {
          const doc = byKey[section.key];
          section.document = doc ? canon(doc) : null;
        }
        const markdown = briefToMarkdown(briefFrom(plan));
        const again = planImport(markdown, template);
        expect(documents(again), markdown).toEqual(documents(plan));
        // Bold-only paragraphs read as headings that match nothing; they stay where they were.
        for (const piece of again.unmatched) expect(piece.target).toBe(piece.defaultTarget);
      }),
      { numRuns: 40 },
    );
  });
});

describe("print view", () => {
  const plan = planImport(fixture, template);
  plan.sections.find((s) => s.key === "crises")!.document = canon({
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [{ type: "text", text: '<script>alert("x")</script><img src=x onerror=alert(1)>' }],
      },
      {
        type: "paragraph",
        content: [
          {
            type: "text",
            text: "report",
            marks: [{ type: "link", attrs: { href: 'https://example.org/?a=1&b="2"' } }],
          },
        ],
      },
    ],
  });
  plan.sections.find((s) => s.key === "tariff-report")!.document = null;
  const html = printViewHtml(
    briefFrom(plan, { id: "v1", name: "v1 — to the Deputy", createdAt: new Date("2025-02-01T12:00:00Z") }),
  );

  it("has a title page with country, version and date", () => {
    expect(html).toMatch(/<h1>Mali<\/h1>\s*<p class="subtitle">Strategic U.S. Foreign Policy Analysis<\/p>/);
    expect(html).toContain("<dd>v1 — to the Deputy</dd>");
    expect(html).toContain("<dd>1 February 2025</dd>");
  });

  it("numbers sections as the template does, in the headings and the contents", () => {
    expect(html).toContain(
      '<a href="#s-bilateral-milestones">1.4.1 Key Milestones in Bilateral Relations</a>',
    );
    expect(html).toContain('<h2 class="section-title">4. Policy Goals</h2>');
    expect(html).toContain(
      '<h3 class="section-title">4.11 Tariff Report</h3><p class="not-written">Not written.</p>',
    );
    expect(html).toContain('<h2 class="section-title">Preface</h2>');
  });

  it("never turns text into markup, and keeps only safe link targets", () => {
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;",
    );
    expect(html).toContain(
      '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer nofollow">report</a>',
    );
  });

  it("drops a link whose target fails the policy, even in stored content", () => {
    const unsafe = briefFrom(planImport("## Crises\n\nx", template));
    unsafe.sections.find((s) => s.key === "crises")!.content = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "click",
              marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
            },
          ],
        },
      ],
    };
    const out = printViewHtml(unsafe);
    expect(out).toContain("<p>click</p>");
    expect(out).not.toContain("javascript:");
  });
});

describe("Word export", () => {
  it("holds every section's numbered heading and text", async () => {
    const plan = planImport(
      `${fixture}\n\n## Annex\n\n| Partner | Share |\n|---|---|\n| **France** | [30%](https://e.org) |\n\n- one\n  - two`,
      template,
    );
    const docx = await briefToDocx(briefFrom(plan));
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain("1.4.1 Key Milestones in Bilateral Relations");
    expect(text).toContain(
      documentToPlainText(plan.sections.find((s) => s.key === "crises")!.document!).slice(0, 80),
    );
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toMatch(/<w:tbl>/);
    expect(xml).toMatch(/<w:b\/>.*France/);
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    expect(rels).toContain('Target="https://e.org"');
  });
});

describe("file names", () => {
  it("come from the country (and version), ASCII only", () => {
    expect(fileStem({ country: "Côte d'Ivoire", version: null })).toBe("cote-d-ivoire-brief");
    expect(
      fileStem({ country: "Mali", version: { id: "v", name: "v2 — to the Deputy", createdAt: new Date() } }),
    ).toBe("mali-brief-v2-to-the-deputy");
    expect(fileStem({ country: "中文", version: null })).toBe("country-brief");
  });
});
