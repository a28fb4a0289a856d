import type { DocumentInput } from "../text.ts";
import { anchorTextOf } from "./anchor-text.ts";
import { codePointBoundary } from "./context.ts";
import { locateQuote, quoteAt } from "./quote-search.ts";
import type { Anchor, AnchorRange } from "./types.ts";

/**
 * The anchor for the ProseMirror range from…to (a selection, in either direction). Ends that fall
 * between blocks (or inside a surrogate pair) move inwards to the nearest text. A collapsed range gives an empty quote, which
 * can be stored but only ever follows its position (and detaches when the text around it goes).
 */
export function createAnchor(doc: DocumentInput, from: number, to: number): Anchor {
  const { text, toOffset } = anchorTextOf(doc);
  // An end inside an emoji's surrogate pair moves inwards, like an end between blocks: a quote
  // never holds half a character.
  const start = codePointBoundary(text, toOffset(Math.min(from, to), 1), 1);
  // A range covering only a rule has its ends cross over; it quotes nothing.
  const end = Math.max(start, codePointBoundary(text, toOffset(Math.max(from, to), -1), -1));
  return { quote: quoteAt(text, start, end), position: { start, end } };
}

/**
 * The ProseMirror range an anchor covers in `doc`, for decorations: its recorded position when the
 * quote is still there, else the best-matching occurrence of the quote (the anchor may be from an
 * older revision than `doc`), or null when the quote is nowhere in the document. The range may
 * span blocks; `doc.textBetween(from, to, "\n", hardBreaksAsNewlines)` then equals the quote.
 */
export function resolveAnchor(doc: DocumentInput, anchor: Anchor): AnchorRange | null {
  const { text, toPos } = anchorTextOf(doc);
  const start = locateQuote(text, anchor);
  if (start === null) return null;
  return { from: toPos(start), to: toPos(start + anchor.quote.exact.length) };
}
