import type { Mark, Node as PMNode } from "@tiptap/pm/model";
import { WORD_PATTERN } from "../words.ts";

/**
 * One unit of a text block for the word diff: a word, a run of whitespace, one other character, or
 * an inline node such as a hard break. Tokens keep the marks of the text they came from, so the
 * diff compares text by `key` and formatting separately.
 */
export type Token = {
  /** What the sequence diff compares: the text, or a stand-in for an inline node. */
  key: string;
  /** The text the token reads as (a hard break reads as a newline, for word counts). */
  text: string;
  marks: readonly Mark[];
  /** The inline node itself when the token is not text. */
  node: PMNode | null;
};

// Words as countWords sees them ("don't", "U.S.", "1,000" stay whole), so a changed word is one
// token and word counts per change agree with the editor's counter.
const TOKEN = new RegExp(String.raw`${WORD_PATTERN}|\s+|[^\p{L}\p{N}\p{M}\s]`, "gu");

const WHITESPACE = /^\s+$/u;

export function tokenize(block: PMNode): Token[] {
  const tokens: Token[] = [];
  block.forEach((child) => {
    if (child.isText) {
      // match() with /g returns bare strings: far less garbage than matchAll on 40,000 words.
      for (const text of (child.text ?? "").match(TOKEN) ?? []) {
        tokens.push({ key: text, text, marks: child.marks, node: null });
      }
    } else {
      // The NUL prefix keeps a node from ever equalling a text token.
      const key = `\u0000${child.type.name}${JSON.stringify(child.attrs)}`;
      // As documentToPlainText reads it: a hard break separates words, other leaves are silent.
      const text = child.type.name === "hardBreak" ? "\n" : "";
      tokens.push({ key, text, marks: child.marks, node: child });
    }
  });
  return tokens;
}

export function isWhitespace(token: Token): boolean {
  return token.node === null && WHITESPACE.test(token.text);
}
