import { Node as PMNode } from "@tiptap/pm/model";
import { documentSchema } from "../extensions.ts";
import type { DocumentInput } from "../text.ts";

/**
 * The one text projection that anchors are measured in. Not `documentToPlainText` (that one is
 * for people: blank lines between blocks, tabs between cells); this one is built so that every
 * character but block separators stands for exactly one ProseMirror position, which makes
 * offset ↔ position a lookup instead of a walk:
 * - each textblock (paragraph, heading, code block, the paragraph in a list item or cell…)
 *   contributes its inline content, in document order, and consecutive textblocks are joined
 *   by a single "\n" — empty ones included, so the text never depends on which blocks are empty;
 * - a hard break is "\n" (it reads as a line break, and is one position wide);
 * - any other inline leaf would be U+FFFC, one per position, so offsets stay aligned;
 * - blocks without inline content (horizontal rules) contribute nothing.
 * `doc.textBetween(from, to, "\n", leafText)` with hard breaks as "\n" gives the same text.
 */
export type AnchorText = {
  readonly text: string;
  /** The position of an offset (clamped to the text). A separator's offset is its block's end. */
  toPos(offset: number): number;
  /**
   * The offset of a position. Positions between blocks (not inside any textblock) go to the
   * end of the previous textblock when `bias` is -1, to the start of the next one when it is 1,
   * so a selection `from`/`to` spanning a rule or a list boundary keeps its text.
   */
  toOffset(pos: number, bias?: -1 | 1): number;
};

/** One textblock: where its content starts in the document and in the text, and its length. */
type Segment = { pos: number; offset: number; length: number };

const OBJECT_REPLACEMENT = "\uFFFC";

// Documents are immutable, and the browser resolves every thread's anchor against the same doc
// on each render: build the text once per document.
const cache = new WeakMap<PMNode, AnchorText>();

export function toDocNode(doc: DocumentInput): PMNode {
  return doc instanceof PMNode ? doc : PMNode.fromJSON(documentSchema, doc);
}

/** Throws on JSON that is not a valid document; validate untrusted input first. */
export function anchorTextOf(doc: DocumentInput): AnchorText {
  const node = toDocNode(doc);
  let result = cache.get(node);
  if (!result) {
    result = build(node);
    cache.set(node, result);
  }
  return result;
}

function build(doc: PMNode): AnchorText {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let offset = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (segments.length > 0) {
      parts.push("\n");
      offset += 1;
    }
    const text = inlineText(node);
    segments.push({ pos: pos + 1, offset, length: text.length });
    parts.push(text);
    offset += text.length;
    return false;
  });
  const text = parts.join("");
  return {
    text,
    toPos: (at) => {
      const seg = segments[lastAtOrBefore(segments, "offset", at)];
      if (!seg) return 0; // No textblock at all (a doc of rules): 0 is still a valid position.
      return seg.pos + Math.max(0, Math.min(at - seg.offset, seg.length));
    },
    toOffset: (pos, bias = 1) => {
      const index = lastAtOrBefore(segments, "pos", pos);
      const seg = segments[index];
      if (!seg) return 0;
      if (pos <= seg.pos + seg.length) return seg.offset + Math.max(0, pos - seg.pos);
      const next = segments[index + 1];
      if (bias < 0 || !next) return seg.offset + seg.length;
      return next.offset;
    },
  };
}

function inlineText(block: PMNode): string {
  let text = "";
  block.forEach((child) => {
    if (child.isText) text += child.text ?? "";
    else if (child.type.name === "hardBreak") text += "\n";
    // Our schema has no inline nodes with content; if one appears, keep offsets aligned anyway.
    else text += OBJECT_REPLACEMENT.repeat(child.nodeSize);
  });
  return text;
}

/** Index of the last segment whose `key` is <= value (or 0 when value is before them all). */
function lastAtOrBefore(segments: Segment[], key: "pos" | "offset", value: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segments[mid]?.[key] ?? 0) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
