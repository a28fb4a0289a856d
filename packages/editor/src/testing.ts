import type { JSONContent } from "@tiptap/core";

/** Small builders so tests read like documents. Not exported from the package. */
export const text = (value: string, marks?: JSONContent["marks"]): JSONContent =>
  marks ? { type: "text", text: value, marks } : { type: "text", text: value };
export const p = (...content: JSONContent[]): JSONContent =>
  content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
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
