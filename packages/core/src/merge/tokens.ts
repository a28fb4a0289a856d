import type { JSONContent } from "./types.ts";

/**
 * A word plus the whitespace after it, as inline JSON pieces (a word can span marks: "**in**put",
 * and so can its space), or an inline atom (hard break) plus the whitespace after it. The only
 * whitespace-only token is one opening the block.
 *
 * Why words carry their whitespace: whitespace-only tokens would be the commonest tokens by far,
 * and a diff happily aligns on them ("replace fox with cat, keep the space, replace dog with
 * fox"), scattering one edit into several and misplacing insertions. Anchored to words, edits
 * stay where the analyst made them, and the pieces rebuild the text and marks exactly.
 */
export type Token = {
  pieces: JSONContent[];
  /** Identity: text, marks and whitespace. */
  key: string;
  /** The bare word (marks and whitespace ignored), to recognise an edit of the same word. */
  word: string;
};

const RUNS = /\s+|\S+/gu;

export function tokenize(content: readonly JSONContent[]): Token[] {
  const tokens: Token[] = [];
  // The token being built, and whether it already has its trailing whitespace (or is an atom):
  // a word then starts a new token, whereas more whitespace still belongs to it.
  const open: { pieces: JSONContent[]; trailing: boolean } = { pieces: [], trailing: false };
  const start = (piece: JSONContent, trailing: boolean) => {
    if (open.pieces.length > 0) tokens.push(finish(open.pieces));
    open.pieces = [piece];
    open.trailing = trailing;
  };
  for (const node of content) {
    if (node.type !== "text" || !node.text) {
      start(node, true);
      continue;
    }
    for (const [run] of node.text.matchAll(RUNS)) {
      const piece: JSONContent = node.marks
        ? { type: "text", text: run, marks: node.marks }
        : { type: "text", text: run };
      const space = /^\s/u.test(run);
      if (open.pieces.length > 0 && (space || !open.trailing)) {
        open.pieces.push(piece);
        open.trailing ||= space;
      } else {
        start(piece, space);
      }
    }
  }
  if (open.pieces.length > 0) tokens.push(finish(open.pieces));
  return tokens;
}

function finish(pieces: JSONContent[]): Token {
  const word = pieces
    .map((piece) => (piece.type === "text" ? (piece.text ?? "") : JSON.stringify(piece)))
    .join("")
    .trimEnd();
  return { pieces, key: JSON.stringify(pieces), word };
}

/** Back to ProseMirror inline JSON: neighbouring text with the same marks makes one text node. */
export function untokenize(tokens: readonly Token[]): JSONContent[] {
  const out: JSONContent[] = [];
  let lastMarks: string | null = null;
  for (const piece of tokens.flatMap((t) => t.pieces)) {
    const marks = piece.type === "text" ? JSON.stringify(piece.marks ?? []) : null;
    const last = out.at(-1);
    if (last && marks !== null && marks === lastMarks) {
      out[out.length - 1] = { ...last, text: `${last.text ?? ""}${piece.text ?? ""}` };
    } else {
      out.push(piece);
    }
    lastMarks = marks;
  }
  return out;
}

/** Plain text of some tokens, for excerpts (a hard break reads as a space). */
export function tokensText(tokens: readonly Token[]): string {
  return tokens
    .flatMap((t) => t.pieces)
    .map((piece) => (piece.type === "text" ? (piece.text ?? "") : " "))
    .join("");
}
