import type { DocumentInput } from "../text.ts";
import { createAnchor } from "./anchor.ts";
import { anchorTextOf } from "./anchor-text.ts";
import type { Anchor } from "./types.ts";

/** The anchor for the first occurrence of `quote` in `doc`, or null. For seeds, tests and tools. */
export function createAnchorFromText(doc: DocumentInput, quote: string): Anchor | null {
  const { text, toPos } = anchorTextOf(doc);
  const start = text.indexOf(quote);
  if (start < 0 || quote.length === 0) return null;
  return createAnchor(doc, toPos(start), toPos(start + quote.length));
}
