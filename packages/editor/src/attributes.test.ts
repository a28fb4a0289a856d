import { getSchema } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { createDiffExtensions } from "./diff/extensions.ts";
import { documentSchema } from "./extensions.ts";
import { LINK_REL } from "./link.ts";
import { MARK_RULES, NODE_RULES } from "./rules.ts";
import { cell, doc, p, row, table, text } from "./testing.ts";
import { validateDocument } from "./validate.ts";

// Issue 8, defect 1: a link saved with class="fixed inset-0 z-50" laid an invisible link over every
// reader's page, and rel="opener" with target="_blank" allowed reverse tabnabbing.
const overlayLink = text("click", [
  {
    type: "link",
    attrs: {
      href: "https://example.org",
      class: "fixed inset-0 z-50 opacity-0",
      target: "_blank",
      rel: "opener",
      title: "Sources",
    },
  },
]);

function stored(json: unknown) {
  const result = validateDocument(json);
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

/** The attributes the schema renders on the link mark of `node`'s first text. */
function renderedLink(node: PMNode): Record<string, unknown> {
  let attrs: Record<string, unknown> = {};
  node.descendants((child) => {
    const mark = child.marks.find((m) => m.type.name === "link");
    if (mark) {
      const spec = mark.type.spec.toDOM?.(mark, true) as [string, Record<string, unknown>, number];
      attrs = spec[1];
    }
    return true;
  });
  return attrs;
}

describe("document attributes (every one validated to a closed set, or not stored)", () => {
  it("a link stores its href and title only: class, target and rel are dropped on save", () => {
    const saved = stored(doc(p(overlayLink))).toJSON();
    expect(saved.content[0].content[0].marks).toEqual([
      { type: "link", attrs: { href: "https://example.org", title: "Sources" } },
    ]);
  });

  it("old stored content with extra link attributes still loads, and renders with a fixed rel", () => {
    // Stored JSON is read through the schema everywhere (editor, static views, diffs).
    const node = PMNode.fromJSON(documentSchema, doc(p(overlayLink)));
    expect(renderedLink(node)).toEqual({ href: "https://example.org", rel: LINK_REL, title: "Sources" });
    const diffSchema = getSchema(createDiffExtensions());
    expect(renderedLink(PMNode.fromJSON(diffSchema, doc(p(overlayLink))))).toEqual({
      href: "https://example.org",
      rel: LINK_REL,
      title: "Sources",
    });
  });

  it("renders an unsafe stored href as an empty one", () => {
    const bad = text("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]);
    expect(renderedLink(PMNode.fromJSON(documentSchema, doc(p(bad)))).href).toBe("");
  });

  it("every node and mark attribute in the schema has a validation rule", () => {
    const unchecked: string[] = [];
    for (const [name, type] of Object.entries(documentSchema.nodes)) {
      for (const attr of Object.keys(type.spec.attrs ?? {}))
        if (!NODE_RULES[name]?.[attr]) unchecked.push(`${name}.${attr}`);
    }
    for (const [name, type] of Object.entries(documentSchema.marks)) {
      for (const attr of Object.keys(type.spec.attrs ?? {}))
        if (!MARK_RULES[name]?.[attr]) unchecked.push(`${name}.${attr}`);
    }
    expect(unchecked).toEqual([]);
  });

  it.each([
    [
      "a class smuggled into a code block's language",
      { type: "codeBlock", attrs: { language: "x fixed inset-0" } },
    ],
    [
      "an ordered list type outside HTML's list",
      {
        type: "orderedList",
        attrs: { type: "disc; color:red" },
        content: [{ type: "listItem", content: [p()] }],
      },
    ],
    [
      "an absurd list start",
      { type: "orderedList", attrs: { start: 2 ** 40 }, content: [{ type: "listItem", content: [p()] }] },
    ],
    [
      "a negative list start",
      { type: "orderedList", attrs: { start: -1 }, content: [{ type: "listItem", content: [p()] }] },
    ],
    ["a huge column span", table(row({ type: "tableCell", attrs: { colspan: 5000 }, content: [p()] }))],
    ["a huge column width", table(row({ type: "tableCell", attrs: { colwidth: [1e9] }, content: [p()] }))],
    [
      "an alignment that isn't one",
      table(row({ type: "tableHeader", attrs: { align: "justify; x" }, content: [p()] })),
    ],
    [
      "a title of 10,000 characters",
      p(text("a", [{ type: "link", attrs: { href: "/x", title: "t".repeat(10_000) } }])),
    ],
  ])("refuses %s", (_name, block) => {
    const result = validateDocument(doc(block));
    expect(result.ok).toBe(false);
  });

  it("keeps the values the editor produces", () => {
    const json = doc(
      { type: "codeBlock", attrs: { language: "c++" }, content: [text("int x;")] },
      {
        type: "orderedList",
        attrs: { start: 3, type: "a" },
        content: [{ type: "listItem", content: [p()] }],
      },
      table(row(cell("a"), { type: "tableCell", attrs: { colspan: 2, align: "center" }, content: [p()] })),
    );
    expect(validateDocument(json).ok).toBe(true);
  });
});

// Issue 8, defect 2: a NUL or half an emoji in document text reached PostgreSQL and every later
// save of the section answered 500.
describe("document text PostgreSQL can store", () => {
  it.each([
    ["a NUL character", "a\u0000b", /Invalid document: text contains a NUL character/],
    ["a lone high surrogate", "broken \ud83d emoji", /Invalid document: text contains a broken character/],
    ["a lone low surrogate", "\ude00", /Invalid document: text contains a broken character/],
  ])("refuses %s in text", (_name, value, message) => {
    const result = validateDocument(doc(p(text(value))));
    expect(result.ok ? "ok" : result.error).toMatch(message);
  });

  it("refuses a NUL in a link href or title", () => {
    const href = validateDocument(doc(p(text("a", [{ type: "link", attrs: { href: "/a\u0000b" } }]))));
    expect(href.ok ? "ok" : href.error).toMatch(/link href contains a NUL/);
    const title = validateDocument(
      doc(p(text("a", [{ type: "link", attrs: { href: "/a", title: "\ud800" } }]))),
    );
    expect(title.ok ? "ok" : title.error).toMatch(/link title contains a broken character/);
  });

  it("accepts whole emoji, flags and combining marks", () => {
    expect(validateDocument(doc(p(text("👍🏽 🇸🇳 👨‍👩‍👧 é")))).ok).toBe(true);
  });
});
