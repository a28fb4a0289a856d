import type { JSONContent } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import { documentSchema } from "./extensions.ts";

export type DocumentInput = PMNode | JSONContent;

/** What a new section starts as: what the editor shows as an empty page. */
export function emptyDocument(): { type: "doc"; content: [{ type: "paragraph" }] } {
  return { type: "doc", content: [{ type: "paragraph" }] };
}

/** True when there are no words to read: empty paragraphs, empty tables and rules count as empty. */
export function isDocumentEmpty(doc: DocumentInput): boolean {
  return documentToPlainText(doc).trim() === "";
}

// How a container's children are joined. Lists go one item per line and tables one row per line
// with tab-separated cells (pastes into a spreadsheet); everything else is paragraph-separated.
const SEPARATORS: Record<string, string> = {
  bulletList: "\n",
  orderedList: "\n",
  listItem: "\n",
  table: "\n",
  tableRow: "\t",
  tableCell: " ",
  tableHeader: " ",
};

/**
 * The document's text for search, previews and word counts. No list markers are added ("1." would
 * count as a word). Throws on JSON that is not a valid document; validate untrusted input first.
 */
export function documentToPlainText(doc: DocumentInput): string {
  const node = doc instanceof PMNode ? doc : PMNode.fromJSON(documentSchema, doc);
  return blockText(node);
}

function blockText(node: PMNode): string {
  if (node.isTextblock) {
    return node.textBetween(0, node.content.size, "", (leaf) => (leaf.type.name === "hardBreak" ? "\n" : ""));
  }
  const parts: string[] = [];
  node.forEach((child) => {
    parts.push(blockText(child));
  });
  const separator = SEPARATORS[node.type.name] ?? "\n\n";
  // Empty cells keep their place so columns line up; elsewhere empty blocks just vanish.
  return (node.type.name === "tableRow" ? parts : parts.filter((p) => p !== "")).join(separator);
}
