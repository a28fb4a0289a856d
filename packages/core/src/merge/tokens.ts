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
  pieces: Piece[];
  /** Identity: text, marks and whitespace. */
  key: string;
  /** The bare word (marks and whitespace ignored), to recognise an edit of the same word. */
  word: string;
};

/** Text with its marks (`marks` is their JSON), or an atom (`text` is then its JSON). */
type Piece = { text: string; marks: string; node: JSONContent };

const RUNS = /\s+|\S+/gu;
const ATOM = "\u0000atom";

export function tokenize(content: readonly JSONContent[]): Token[] {
  const tokens: Token[] = [];
  // The token being built, and whether it already has its trailing whitespace (or is an atom):
  // a word then starts a new token, whereas more whitespace still belongs to it.
  let pieces: Piece[] = [];
  let trailing = false;
  const start = (piece: Piece, isTrailing: boolean) => {
    if (pieces.length > 0) tokens.push(finish(pieces));
    pieces = [piece];
    trailing = isTrailing;
  };
  for (const node of content) {
    if (node.type !== "text" || !node.text) {
      start({ text: JSON.stringify(node), marks: ATOM, node }, true);
      continue;
    }
    // Marks are serialised once per text node, not per word: this loop runs for every word.
    const marks = JSON.stringify(node.marks ?? []);
    for (const [run] of node.text.matchAll(RUNS)) {
      const piece = { text: run, marks, node };
      const space = run.trim() === "";
      if (pieces.length > 0 && (space || !trailing)) {
        pieces.push(piece);
        trailing ||= space;
      } else {
        start(piece, space);
      }
    }
  }
  if (pieces.length > 0) tokens.push(finish(pieces));
  return tokens;
}

function finish(pieces: Piece[]): Token {
  let key = "";
  let word = "";
  for (const piece of pieces) {
    key += `${piece.marks}\u0001${piece.text}\u0002`;
    word += piece.text;
  }
  return { pieces, key, word: word.trimEnd() };
}

/** Back to ProseMirror inline JSON: neighbouring text with the same marks makes one text node. */
export function untokenize(tokens: readonly Token[]): JSONContent[] {
  const out: JSONContent[] = [];
  let run: { text: string; piece: Piece } | null = null;
  const flush = () => {
    if (!run) return;
    const { marks } = run.piece.node;
    out.push(marks ? { type: "text", text: run.text, marks } : { type: "text", text: run.text });
    run = null;
  };
  for (const token of tokens) {
    for (const piece of token.pieces) {
      if (piece.marks === ATOM) {
        flush();
        out.push(piece.node);
      } else if (run && run.piece.marks === piece.marks) {
        run.text += piece.text;
      } else {
        flush();
        run = { text: piece.text, piece };
      }
    }
  }
  flush();
  return out;
}

/** Plain text of some tokens, for excerpts (a hard break reads as a space). */
export function tokensText(tokens: readonly Token[]): string {
  return tokens
    .flatMap((t) => t.pieces)
    .map((piece) => (piece.marks === ATOM ? " " : piece.text))
    .join("");
}
