import { validateDocument } from "@dossier/editor";
import { expect } from "vitest";
import { mergeDocuments } from "./merge-documents.ts";
import type { JSONContent, JSONMark, MergeConflict } from "./types.ts";

/** Small builders so merge tests read like documents. Test-only. */
export const text = (value: string, marks?: JSONMark[]): JSONContent =>
  marks ? { type: "text", text: value, marks } : { type: "text", text: value };
export const bold = (value: string): JSONContent => text(value, [{ type: "bold" }]);
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
export const cell = (value: string): JSONContent => ({ type: "tableCell", content: [p(value)] });
export const row = (...cells: JSONContent[]): JSONContent => ({ type: "tableRow", content: cells });
export const table = (...rows: JSONContent[]): JSONContent => ({ type: "table", content: rows });
export const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });

/** The document as the merge returns documents: validated and normalised. */
export function normalized(json: JSONContent): JSONContent {
  const checked = validateDocument(json);
  if (!checked.ok) throw new Error(checked.error);
  return checked.doc.toJSON() as JSONContent;
}

/** Merges and asserts success and validity; returns the merged document. */
export function mergeClean(base: JSONContent, theirs: JSONContent, mine: JSONContent): JSONContent {
  const result = mergeDocuments(base, theirs, mine);
  if (!result.ok) throw new Error(`expected a clean merge, got ${JSON.stringify(result.conflicts, null, 2)}`);
  expect(validateDocument(result.doc).ok).toBe(true);
  return result.doc;
}

/** Merges and asserts it conflicted; returns the conflicts. */
export function mergeConflicts(base: JSONContent, theirs: JSONContent, mine: JSONContent): MergeConflict[] {
  const result = mergeDocuments(base, theirs, mine);
  if (result.ok) throw new Error(`expected conflicts, got ${JSON.stringify(result.doc)}`);
  expect(result.conflicts.length).toBeGreaterThan(0);
  return result.conflicts;
}
