import type { Node as PMNode } from "@tiptap/pm/model";

export type TermRange = { from: number; to: number };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A regular expression for whole-word, case-insensitive occurrences of any of `terms` (the words
 * a search matched, as written in the text). Null when there is nothing to look for.
 */
export function termPattern(terms: readonly string[]): RegExp | null {
  const words = terms.map((t) => t.trim()).filter(Boolean);
  if (words.length === 0) return null;
  // Longest first, so "groups" wins over "group" where both are asked for.
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

/**
 * Where `terms` occur in a ProseMirror document, as document positions. Text is read per
 * textblock (a paragraph, a heading, a table cell's paragraph), across the marks that split it
 * into several text nodes, so a bold word in the middle of a match still counts.
 */
export function findTerms(doc: PMNode, terms: readonly string[]): TermRange[] {
  const pattern = termPattern(terms);
  if (!pattern) return [];
  const ranges: TermRange[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // Character index in `text` → document position, one entry per UTF-16 unit.
    let text = "";
    const positions: number[] = [];
    node.forEach((child, offset) => {
      if (!child.isText || !child.text) {
        // A hard break or an inline atom: a word boundary, not part of any word.
        text += " ";
        positions.push(pos + 1 + offset);
        return;
      }
      for (let i = 0; i < child.text.length; i++) positions.push(pos + 1 + offset + i);
      text += child.text;
    });
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const from = positions[start];
      const last = positions[end - 1];
      if (from !== undefined && last !== undefined) ranges.push({ from, to: last + 1 });
    }
    return false;
  });
  return ranges;
}
