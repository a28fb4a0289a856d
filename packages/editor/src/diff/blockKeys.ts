import type { JSONContent } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";

// Not a word count (that is words.ts): only judges how alike two blocks are, where splitting
// "well-known" into two shared words makes edited blocks pair up as readers expect.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Per-diff memo of block identities. Equal blocks get equal numbers (from their canonical JSON),
 * so block sequences are diffed as number arrays, and an unchanged block is copied out by parsing
 * its serialised JSON once more rather than walking the node again.
 */
export class BlockKeys {
  private readonly ids = new Map<string, number>();
  private readonly serialised: string[] = [];
  private readonly idOf = new WeakMap<PMNode, number>();
  private readonly wordsOf = new WeakMap<PMNode, Set<string>>();

  id(node: PMNode): number {
    const known = this.idOf.get(node);
    if (known !== undefined) return known;
    const json = JSON.stringify(node.toJSON());
    let id = this.ids.get(json);
    if (id === undefined) {
      id = this.serialised.length;
      this.ids.set(json, id);
      this.serialised.push(json);
    }
    this.idOf.set(node, id);
    return id;
  }

  /** A fresh JSON copy of `node`, sharing nothing with the input documents. */
  json(node: PMNode): JSONContent {
    return JSON.parse(this.serialised[this.id(node)] ?? "null") as JSONContent;
  }

  /** Dice coefficient of the two blocks' word sets: 1 for the same words, 0 for none shared. */
  similarity(a: PMNode, b: PMNode): number {
    const wa = this.words(a);
    const wb = this.words(b);
    if (wa.size + wb.size === 0) return 1;
    const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
    let shared = 0;
    for (const word of small) if (large.has(word)) shared++;
    return (2 * shared) / (wa.size + wb.size);
  }

  private words(node: PMNode): Set<string> {
    let words = this.wordsOf.get(node);
    if (!words) {
      const text = node.textBetween(0, node.content.size, " ", " ").toLowerCase();
      words = new Set(text.match(WORD));
      this.wordsOf.set(node, words);
    }
    return words;
  }
}

// Types that can stand in for each other when a block is edited: same content, different look.
const FAMILIES: Record<string, string> = {
  paragraph: "text",
  heading: "text",
  bulletList: "list",
  orderedList: "list",
  tableCell: "cell",
  tableHeader: "cell",
};

/** Whether `after` can be shown as an edited `before` (same type, or e.g. paragraph → heading). */
export function canPair(before: PMNode, after: PMNode): boolean {
  const family = (node: PMNode) => FAMILIES[node.type.name] ?? node.type.name;
  return family(before) === family(after);
}
