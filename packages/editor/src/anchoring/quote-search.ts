import { diffLevenshtein, diffMain } from "diff-match-patch-es";
import { contextAfter, contextBefore } from "./context.ts";
import { ANCHOR_CONTEXT_LENGTH, type Anchor, type TextQuoteSelector } from "./types.ts";

/**
 * The quote selector for text[start, end): the text itself and up to ANCHOR_CONTEXT_LENGTH units
 * of context on both sides, cut between whole characters (see context.ts).
 */
export function quoteAt(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: contextBefore(text, start, ANCHOR_CONTEXT_LENGTH),
    suffix: contextAfter(text, end, ANCHOR_CONTEXT_LENGTH),
  };
}

// Context decides; distance only separates occurrences whose contexts match about equally well.
// A candidate at the far end of the document loses at most this much out of a best score of 1,
// so it wins only if its context is clearly closer to what the reviewer saw.
const PROXIMITY_WEIGHT = 0.25;

/**
 * Where `quote.exact` occurs in `text`, choosing among occurrences by how well the text around
 * each matches `quote.prefix`/`quote.suffix` (fuzzily, so a small edit next to the quote does not
 * throw it off) and then by nearness to `near`. `skip(start)` rules occurrences out. Returns the
 * start offset, or null when no allowed occurrence exists. An empty quote is never searched for.
 */
export function findQuote(
  text: string,
  quote: TextQuoteSelector,
  near: number,
  skip: (start: number) => boolean = () => false,
): number | null {
  const { exact } = quote;
  if (exact === "") return null;
  let best: number | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    if (skip(at)) continue;
    const distance = Math.abs(at - near) / Math.max(1, text.length);
    const score = contextSimilarity(text, quote, at) - PROXIMITY_WEIGHT * distance;
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

/** 0…1: the mean of how alike the expected and actual prefix are, and the same for the suffix. */
function contextSimilarity(text: string, quote: TextQuoteSelector, at: number): number {
  const end = at + quote.exact.length;
  const prefix = text.slice(Math.max(0, at - quote.prefix.length), at);
  const suffix = text.slice(end, end + quote.suffix.length);
  return (similarity(quote.prefix, prefix) + similarity(quote.suffix, suffix)) / 2;
}

function similarity(expected: string, actual: string): number {
  if (expected === actual) return 1;
  const longest = Math.max(expected.length, actual.length);
  // Context strings are at most ANCHOR_CONTEXT_LENGTH long, so an exact diff is cheap.
  const distance = diffLevenshtein(diffMain(expected, actual, { diffTimeout: 0 }, false));
  return 1 - distance / longest;
}

/**
 * Where an anchor's quote is in `text`: at its recorded position if the quote is still there
 * (the usual case, and O(quote length)), else by searching. Null when the quote is absent.
 */
export function locateQuote(text: string, anchor: Anchor): number | null {
  const { exact } = anchor.quote;
  const { start } = anchor.position;
  if (start >= 0 && start <= text.length && text.startsWith(exact, start)) return start;
  return findQuote(text, anchor.quote, start);
}
