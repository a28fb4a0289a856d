import { align } from "./sequence.ts";
import { isWhitespace, type Token } from "./tokens.ts";

/** Aligned stretches of two token lists: unchanged (`same`, paired one to one) or replaced. */
export type Segment = { same: boolean; old: Token[]; new: Token[] };

// Past this many token edits a block is shown as rewritten (all removed, then all added) instead
// of spending (n + m) · d time on it: a hard cap for huge paragraphs…
const MAX_TOKEN_EDITS = 1000;
// …and a relative one: when edits exceed this share of the tokens the block was rewritten, and a
// word-by-word diff would only pick out the odd "the" the two versions happen to share.
const REWRITE_SHARE = 0.3;
const MIN_TOKEN_EDITS = 16;

/**
 * Word-level alignment of two text blocks, tidied for reading: a short unchanged stretch between
 * two changes joins them, the way diff-match-patch's semantic cleanup does, so "a b c" → "x y z"
 * or a rewritten clause reads as one replacement rather than a string of fragments.
 */
export function segments(a: Token[], b: Token[]): Segment[] {
  const budget = Math.ceil(REWRITE_SHARE * (a.length + b.length));
  const runs = align(
    a.map((t) => t.key),
    b.map((t) => t.key),
    Math.min(MAX_TOKEN_EDITS, Math.max(MIN_TOKEN_EDITS, budget)),
  );
  const raw = runs.map((run) => ({
    same: run.same,
    old: a.slice(run.oldFrom, run.oldTo),
    new: b.slice(run.newFrom, run.newTo),
  }));
  const result: Segment[] = [];
  raw.forEach((segment, k) => {
    const previous = result.at(-1);
    const next = raw[k + 1];
    const join =
      previous !== undefined &&
      !previous.same &&
      (!segment.same || (next !== undefined && !next.same && isFiller(segment, previous, next)));
    if (!join) {
      result.push(segment);
      return;
    }
    for (const token of segment.old) previous.old.push(token);
    for (const token of segment.new) previous.new.push(token);
  });
  return result;
}

/**
 * Whether an unchanged stretch between two changes is too slight to keep them apart: only
 * whitespace, or no longer than the larger side of the change on either side of it.
 */
function isFiller(same: Segment, before: Segment, after: Segment): boolean {
  if (same.new.every(isWhitespace)) return true;
  const length = chars(same.new);
  return length <= size(before) && length <= size(after);
}

const size = (segment: Segment) => Math.max(chars(segment.old), chars(segment.new));

function chars(tokens: Token[]): number {
  let n = 0;
  for (const token of tokens) n += token.text.length;
  return n;
}
