import type { DocumentInput } from "../text.ts";
import { anchorTextOf } from "./anchor-text.ts";
import { findQuote, locateQuote, quoteAt } from "./quote-search.ts";
import { diffTexts, type TextChanges } from "./text-changes.ts";
import type { Anchor, ReanchorResult } from "./types.ts";

/**
 * Carries anchors from one revision to the next. For each anchor, in order:
 *
 * (a) Follow the edits. The quote's range in the old text is mapped through the diff of the two
 *     anchor texts (text-diff.ts). If no edit touches it, it moved with its surroundings and is
 *     anchored there. (Where the diff could equally have put an insertion or deletion on either
 *     side of it, as when one word of "the the" goes, that counts as not touching it.)
 * (b) Search. Otherwise look for `exact` anywhere in the new text (its paragraph may have been
 *     moved, which the diff records as deleted here and inserted there), best context match
 *     first, then nearest to where it was; see findQuote.
 *     An occurrence that is just an older, untouched occurrence of the same words carried over is
 *     never taken: if the reviewer quoted "the ruling party" in one paragraph and the analyst
 *     rewrites it, the thread must not jump to "the ruling party" three paragraphs down.
 * (c) Otherwise the anchor is detached.
 *
 * Partial edits of the quote: an anchor survives only while its whole `exact` text survives
 * character for character. Deleting or changing any part of the quote (even one letter) detaches
 * it, as does deleting all of it; we never shrink an anchor to what is left, because a comment on
 * "does not support the plan" must not end up on "support the plan". Edits right at its edges
 * (typing just before or after the quote) are outside it. The returned anchor has its position
 * and context (prefix/suffix) refreshed from the new revision.
 */
export function reanchor(oldDoc: DocumentInput, newDoc: DocumentInput, anchor: Anchor): ReanchorResult {
  return reanchorAll(oldDoc, newDoc, [anchor])[0] ?? { status: "detached" };
}

/**
 * `reanchor` for many anchors with one diff: the texts and their diff are computed once, and an
 * anchor whose text no edit touched then costs a binary search (see TextChanges).
 */
export function reanchorAll(
  oldDoc: DocumentInput,
  newDoc: DocumentInput,
  anchors: readonly Anchor[],
): ReanchorResult[] {
  const oldText = anchorTextOf(oldDoc).text;
  const newText = anchorTextOf(newDoc).text;
  const changes = diffTexts(oldText, newText);
  return anchors.map((anchor) => reanchorInText(oldText, newText, changes, anchor));
}

function reanchorInText(
  oldText: string,
  newText: string,
  changes: TextChanges,
  anchor: Anchor,
): ReanchorResult {
  const { exact } = anchor.quote;
  const start = locateQuote(oldText, anchor);
  if (start === null) {
    // The anchor did not even fit the old revision (stored against another one): all we can do
    // is look for its quote in the new revision.
    return anchoredAt(newText, findQuote(newText, anchor.quote, anchor.position.start), exact.length);
  }
  const end = start + exact.length;
  const mapped = changes.mapRange(start, end);
  // Untouched text is unchanged by construction; the check is cheap insurance against a bad diff.
  if (mapped && newText.startsWith(exact, mapped.start)) {
    return anchoredAt(newText, mapped.start, exact.length);
  }
  const taken = carriedOccurrences(oldText, changes, exact, start);
  const found = findQuote(newText, anchor.quote, changes.mapPoint(start), (at) => taken.has(at));
  return anchoredAt(newText, found, exact.length);
}

/** Where the other occurrences of `exact` in the old text went, for those no edit touched. */
function carriedOccurrences(oldText: string, changes: TextChanges, exact: string, own: number): Set<number> {
  const taken = new Set<number>();
  if (exact === "") return taken;
  for (let at = oldText.indexOf(exact); at >= 0; at = oldText.indexOf(exact, at + 1)) {
    const mapped = at === own ? null : changes.mapRange(at, at + exact.length);
    if (mapped) taken.add(mapped.start);
  }
  return taken;
}

function anchoredAt(text: string, start: number | null, length: number): ReanchorResult {
  if (start === null) return { status: "detached" };
  const end = start + length;
  return { status: "anchored", anchor: { quote: quoteAt(text, start, end), position: { start, end } } };
}
