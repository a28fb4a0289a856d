import type { JSONContent } from "@tiptap/core";
import { DIFF_DELETE, DIFF_FORMAT, DIFF_INSERT, DIFF_MARKS } from "./extensions.ts";

/** Helpers for the diff tests; not exported from the package. */

const DIFF_ATTRS = ["diff", "diffChange", "diffNote"];

/**
 * One side of a merged diff: the new side drops removed blocks and text, the old side drops added
 * ones; all diff marks and block attributes are stripped, so the result is a plain document.
 */
export function sideOf(diff: JSONContent, side: "old" | "new"): JSONContent {
  const dropBlock = side === "new" ? "delete" : "insert";
  const dropMark = side === "new" ? DIFF_DELETE : DIFF_INSERT;
  const walk = (node: JSONContent): JSONContent[] => {
    if (node.attrs?.diff === dropBlock || node.marks?.some((m) => m.type === dropMark)) return [];
    const out: JSONContent = { ...node };
    if (node.attrs) {
      out.attrs = Object.fromEntries(
        Object.entries(node.attrs).filter(([name]) => !DIFF_ATTRS.includes(name)),
      );
    }
    const marks = node.marks?.filter((m) => !(DIFF_MARKS as readonly string[]).includes(m.type));
    if (marks && marks.length > 0) out.marks = marks;
    else delete out.marks;
    if (node.content) out.content = node.content.flatMap(walk);
    return [out];
  };
  return walk(diff)[0] ?? { type: "doc" };
}

const WRAP: Record<string, [string, string]> = {
  [DIFF_INSERT]: ["{+", "+}"],
  [DIFF_DELETE]: ["[-", "-]"],
  [DIFF_FORMAT]: ["{~", "~}"],
};

/**
 * The text of a diff with changes spelled out: {+added+}, [-removed-], {~reformatted~}; blocks on
 * separate lines, a flagged block prefixed with its kind and note, e.g. "<format heading 2 → heading 3>".
 */
export function markup(node: JSONContent): string {
  if (node.type === "text" || node.type === "hardBreak") {
    const value = node.type === "text" ? (node.text ?? "") : "⏎";
    const diff = node.marks?.find((m) => WRAP[m.type]);
    const [open, close] = (diff && WRAP[diff.type]) ?? ["", ""];
    return `${open}${value}${close}`;
  }
  const inline = node.content?.some((child) => child.type === "text" || child.type === "hardBreak");
  // Neighbouring runs of one kind (split only by other marks) read as one.
  const inner = (node.content ?? [])
    .map(markup)
    .join(inline ? "" : "\n")
    .replace(/\+\}\{\+|-\]\[-|~\}\{~/g, "");
  const flag = node.attrs?.diff
    ? `<${[node.attrs.diff, node.attrs.diffNote].filter(Boolean).join(" ")}>`
    : "";
  return flag + inner;
}

/** Every change number in document order (block attributes and marks), repeats included. */
export function changeNumbers(node: JSONContent): number[] {
  const own = [
    ...(typeof node.attrs?.diffChange === "number" ? [node.attrs.diffChange] : []),
    ...(node.marks ?? []).flatMap((m) => (typeof m.attrs?.change === "number" ? [m.attrs.change] : [])),
  ];
  return [...own, ...(node.content ?? []).flatMap(changeNumbers)];
}
