import type { Mark, Node as PMNode } from "@tiptap/pm/model";

/** Short, human descriptions of formatting changes, shown as the title of the highlighted text. */

/** "bold added", "link changed, italic removed"; empty when the marks are the same. */
export function describeMarkChange(before: readonly Mark[], after: readonly Mark[]): string {
  const notes: string[] = [];
  for (const mark of after) {
    const was = before.find((m) => m.type === mark.type);
    if (!was) notes.push(`${mark.type.name} added`);
    else if (!was.eq(mark)) notes.push(`${mark.type.name} changed`);
  }
  for (const mark of before) {
    if (!after.some((m) => m.type === mark.type)) notes.push(`${mark.type.name} removed`);
  }
  return notes.join(", ");
}

const BLOCK_LABELS: Record<string, string> = {
  bulletList: "bulleted list",
  orderedList: "numbered list",
  blockquote: "quote",
  codeBlock: "code block",
  listItem: "list item",
  tableRow: "table row",
  tableCell: "cell",
  tableHeader: "header cell",
  horizontalRule: "rule",
};

function blockLabel(node: PMNode): string {
  if (node.type.name === "heading") return `heading ${String(node.attrs.level)}`;
  return BLOCK_LABELS[node.type.name] ?? node.type.name;
}

/**
 * "paragraph → heading 2", "heading 2 → heading 3", "numbered list: start changed"; null when
 * type and attributes are the same.
 */
export function describeBlockChange(before: PMNode, after: PMNode): string | null {
  if (before.sameMarkup(after)) return null;
  const from = blockLabel(before);
  const to = blockLabel(after);
  if (from !== to) return `${from} → ${to}`;
  const changed = Object.keys(after.attrs).filter(
    (name) => JSON.stringify(before.attrs[name]) !== JSON.stringify(after.attrs[name]),
  );
  return `${to}: ${changed.length > 0 ? changed.join(", ") : "attributes"} changed`;
}
