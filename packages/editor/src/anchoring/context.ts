/**
 * Cutting text for anchors without breaking characters. Offsets are UTF-16 code units (what
 * ProseMirror and JavaScript strings count), so a cut at a fixed offset can split an emoji into
 * two lone surrogates, which PostgreSQL refuses to store (issue 8: one emoji made a section
 * unsaveable). Context is cut between grapheme clusters instead (a flag or a family emoji stays
 * whole), and a quote's ends never fall inside a surrogate pair.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

// Extra text segmented beyond the budget, so the cluster that crosses the budget's edge is seen
// whole and left out (the longest common clusters, flags with tags, are 14 units).
const LOOKAROUND = 16;

/** The longest run of whole clusters ending at `end` that is at most `budget` units long. */
export function contextBefore(text: string, end: number, budget: number): string {
  const from = Math.max(0, end - budget - LOOKAROUND);
  const window = text.slice(from, end);
  for (const { index } of graphemes.segment(window)) {
    if (window.length - index <= budget) return window.slice(index);
  }
  return "";
}

/** The longest run of whole clusters starting at `start` that is at most `budget` units long. */
export function contextAfter(text: string, start: number, budget: number): string {
  const window = text.slice(start, start + budget + LOOKAROUND);
  let cut = 0;
  for (const { index, segment } of graphemes.segment(window)) {
    const next = index + segment.length;
    if (next > budget) break;
    cut = next;
  }
  return window.slice(0, cut);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** `offset`, moved by `direction` when it falls between the two halves of a surrogate pair. */
export function codePointBoundary(text: string, offset: number, direction: -1 | 1): number {
  if (offset <= 0 || offset >= text.length) return offset;
  return isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)) ? offset + direction : offset;
}
