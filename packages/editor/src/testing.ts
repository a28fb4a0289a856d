import type { JSONContent } from "@tiptap/core";

/**
 * Small document builders so tests read like documents: `doc(p("Hello ", bold("world")))`.
 * Test-only (exported as `@dossier/editor/testing`, never from the package's main entry).
 */
export const text = (value: string, marks?: JSONContent["marks"]): JSONContent =>
  marks ? { type: "text", text: value, marks } : { type: "text", text: value };
export const bold = (value: string): JSONContent => text(value, [{ type: "bold" }]);
/** A paragraph; plain strings stand for unformatted text. */
export const p = (...content: (JSONContent | string)[]): JSONContent => {
  const inline = content.map((c) => (typeof c === "string" ? text(c) : c));
  return inline.length > 0 ? { type: "paragraph", content: inline } : { type: "paragraph" };
};
export const h = (level: number, value: string): JSONContent => ({
  type: "heading",
  attrs: { level },
  content: [text(value)],
});
export const li = (...content: JSONContent[]): JSONContent => ({ type: "listItem", content });
export const ul = (...items: JSONContent[]): JSONContent => ({ type: "bulletList", content: items });
export const ol = (...items: JSONContent[]): JSONContent => ({ type: "orderedList", content: items });
export const quote = (...content: JSONContent[]): JSONContent => ({ type: "blockquote", content });
export const link = (value: string, href: string): JSONContent =>
  text(value, [{ type: "link", attrs: { href } }]);
export const cell = (value: string, type = "tableCell"): JSONContent => ({ type, content: [p(text(value))] });
export const row = (...cells: JSONContent[]): JSONContent => ({ type: "tableRow", content: cells });
export const table = (...rows: JSONContent[]): JSONContent => ({ type: "table", content: rows });
export const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });

/**
 * A document of plain paragraphs, one per line ("" is an empty paragraph), typed as what
 * `sections.save` accepts: for tests that send documents through the API.
 */
export const paragraphs = (...lines: string[]) => ({
  type: "doc" as const,
  content: lines.map((line) => ({ type: "paragraph", content: line ? [text(line)] : [] })),
});
