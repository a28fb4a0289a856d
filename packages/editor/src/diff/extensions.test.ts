import type { JSONContent } from "@tiptap/core";
import { getSchema } from "@tiptap/core";
import type { DOMOutputSpec } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { documentExtensions, documentSchema } from "../extensions.ts";
import { doc, h, p, text } from "../testing.ts";
import { validateDocument } from "../validate.ts";
import { diffDocuments } from "./diff.ts";
import { createDiffExtensions, DIFF_MARKS } from "./extensions.ts";

const diffSchema = getSchema(createDiffExtensions());

function toDOM(spec: ((...args: never[]) => DOMOutputSpec) | undefined, ...args: unknown[]): DOMOutputSpec {
  if (!spec) throw new Error("no toDOM");
  return (spec as (...a: unknown[]) => DOMOutputSpec)(...args);
}

describe("createDiffExtensions", () => {
  it("adds the diff marks to the document schema and leaves the rest alone", () => {
    expect(Object.keys(diffSchema.marks).sort()).toEqual(
      [...Object.keys(documentSchema.marks), ...DIFF_MARKS].sort(),
    );
    expect(Object.keys(diffSchema.nodes).sort()).toEqual(Object.keys(documentSchema.nodes).sort());
    // Same content rules and attributes (plus the diff flags), same link rendering and heading levels.
    for (const [name, type] of Object.entries(documentSchema.nodes)) {
      const twin = diffSchema.nodes[name];
      expect(twin?.spec.content).toBe(type.spec.content);
      expect(Object.keys(twin?.spec.attrs ?? {}).filter((a) => !a.startsWith("diff"))).toEqual(
        Object.keys(type.spec.attrs ?? {}),
      );
    }
    const linkDOM = (schema: typeof diffSchema) => {
      const link = schema.marks.link;
      return link && toDOM(link.spec.toDOM, link.create({ href: "https://example.org" }), true);
    };
    expect(linkDOM(diffSchema)).toEqual(linkDOM(documentSchema));
    expect(diffSchema.nodes.heading?.spec.parseDOM?.length).toBe(
      documentSchema.nodes.heading?.spec.parseDOM?.length,
    );
    // Inline code still excludes the document's own marks.
    const { code, bold, diffInsert } = diffSchema.marks;
    if (!code || !bold || !diffInsert) throw new Error("missing marks");
    expect(code.excludes(bold)).toBe(true);
    expect(code.excludes(diffInsert)).toBe(false);
  });

  it("renders changes as ins/del/span with their change number", () => {
    const mark = (name: string, attrs: Record<string, unknown>) => {
      const type = diffSchema.marks[name];
      if (!type) throw new Error(name);
      return toDOM(type.spec.toDOM, type.create(attrs), true);
    };
    expect(mark("diffInsert", { change: 0 })).toEqual(["ins", { class: "diff-ins", "data-change": "0" }, 0]);
    expect(mark("diffDelete", { change: 3 })).toEqual(["del", { class: "diff-del", "data-change": "3" }, 0]);
    expect(mark("diffFormat", { change: 1, note: "bold added" })).toEqual([
      "span",
      { class: "diff-format", "data-change": "1", title: "bold added" },
      0,
    ]);
    const heading = diffSchema.nodes.heading;
    if (!heading) throw new Error("heading");
    const node = heading.create({
      level: 3,
      diff: "format",
      diffChange: 2,
      diffNote: "heading 2 → heading 3",
    });
    expect(toDOM(heading.spec.toDOM, node)).toEqual([
      "h3",
      {
        "data-diff": "format",
        class: "diff-block-format",
        "data-change": "2",
        title: "heading 2 → heading 3",
      },
      0,
    ]);
  });

  it("is never part of the document schema: the validator refuses diff output", () => {
    expect(documentExtensions.map((e) => e.name)).not.toContain("diffBlocks");
    for (const name of DIFF_MARKS) expect(documentSchema.marks[name]).toBeUndefined();

    const { doc: merged } = diffDocuments(
      doc(p(text("Growth was modest."))),
      doc(p(text("Growth was sharp."))),
    );
    expect(validateDocument(merged)).toEqual({
      ok: false,
      error: expect.stringMatching(/^Invalid document: unknown mark type "diff(Insert|Delete)"$/),
    });
    const formatted: JSONContent = doc(
      p(text("x", [{ type: "diffFormat", attrs: { change: 0, note: "n" } }])),
    );
    expect(validateDocument(formatted).ok).toBe(false);
  });

  it("has block flags the validator drops, so they can never reach a stored revision", () => {
    const { doc: merged } = diffDocuments(doc(h(2, "Outlook")), doc(h(3, "Outlook")));
    expect(merged.content?.[0]?.attrs?.diff).toBe("format");
    const result = validateDocument(merged);
    expect(result.ok && result.doc.toJSON()).toEqual(doc(h(3, "Outlook")));
  });
});
