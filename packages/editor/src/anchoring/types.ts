/**
 * Comment anchors, shaped after the W3C Web Annotation selectors that Hypothesis uses. They live
 * outside the document (in the comment thread), so edits never have to preserve them: instead,
 * each new revision re-finds them (see reanchor.ts).
 */

/** The quoted text and about ANCHOR_CONTEXT_LENGTH characters on either side of it. */
export type TextQuoteSelector = { exact: string; prefix: string; suffix: string };

/** Offsets into the document's anchor text (see anchor-text.ts), end exclusive. */
export type TextPositionSelector = { start: number; end: number };

/**
 * Both selectors: the position is the fast path (usually still right), the quote is the truth
 * (what the reviewer meant) and lets us find the text again when offsets have moved.
 */
export type Anchor = { quote: TextQuoteSelector; position: TextPositionSelector };

/** A ProseMirror range, e.g. for an inline decoration. */
export type AnchorRange = { from: number; to: number };

export type ReanchorResult = { status: "anchored"; anchor: Anchor } | { status: "detached" };

/** Characters of context kept on each side of a quote: enough to tell duplicates apart. */
export const ANCHOR_CONTEXT_LENGTH = 32;
