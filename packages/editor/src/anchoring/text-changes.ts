import { DIFF_EQUAL, type Diff } from "diff-match-patch-es";
import { textDiff } from "./text-diff.ts";

/**
 * One edit between two texts: old[oldStart, oldEnd) became new[newStart, newEnd). Pure insertions
 * have oldStart === oldEnd, pure deletions newStart === newEnd.
 */
export type Hunk = { oldStart: number; oldEnd: number; newStart: number; newEnd: number };

/** The changes from one text to another, computed once and queried per anchor. */
export type TextChanges = {
  readonly hunks: readonly Hunk[];
  /**
   * Where old[start, end) is in the new text when no edit touched it (none overlaps it and no
   * insertion falls strictly inside it; edits right at its ends are outside), else null.
   * A diff is one of several equally good ones: deleting a word from "the the" may be reported
   * as either word. So a lone pure insertion or deletion inside the range that could slide along
   * repeated text to either side of it counts as outside.
   */
  mapRange(start: number, end: number): { start: number; end: number } | null;
  /**
   * Where an old offset is in the new text: a point inside deleted or replaced text goes to where
   * that edit starts; others move with the text around them (after anything inserted right there).
   */
  mapPoint(offset: number): number;
};

// Texts that differ everywhere are bounded by this deadline; past it the diff is coarser, which
// only sends more anchors on to the quote search (reanchor.ts).
const DIFF_DEADLINE_MS = 200;

export function diffTexts(oldText: string, newText: string): TextChanges {
  const diffs = oldText === newText ? [] : textDiff(oldText, newText, Date.now() + DIFF_DEADLINE_MS);
  return changesFromHunks(hunksOf(diffs), oldText, newText);
}

/** Merges each run of consecutive deletions and insertions into one hunk. */
function hunksOf(diffs: Diff[]): Hunk[] {
  const hunks: Hunk[] = [];
  let oldAt = 0;
  let newAt = 0;
  let open: Hunk | null = null;
  for (const [op, text] of diffs) {
    if (op === DIFF_EQUAL) {
      if (open) hunks.push(open);
      open = null;
      oldAt += text.length;
      newAt += text.length;
      continue;
    }
    open ??= { oldStart: oldAt, oldEnd: oldAt, newStart: newAt, newEnd: newAt };
    if (op < 0) oldAt += text.length;
    else newAt += text.length;
    open.oldEnd = oldAt;
    open.newEnd = newAt;
  }
  if (open) hunks.push(open);
  return hunks;
}

function changesFromHunks(hunks: Hunk[], oldText: string, newText: string): TextChanges {
  // Hunks are sorted and disjoint, so "how many end at or before x" is a binary search: a lookup
  // per anchor costs O(log hunks), never a walk over the document.
  const countEndingBy = (x: number) => countWhile(hunks, (h) => h.oldEnd <= x);
  const shiftAfter = (count: number) => {
    const last = hunks[count - 1];
    return last ? last.newEnd - last.oldEnd : 0;
  };
  return {
    hunks,
    mapRange(start, end) {
      const before = countEndingBy(start);
      const next = hunks[before];
      // `next` ends after `start`; it touches the range unless it starts at or after `end`.
      // (An insertion at `start` ends by `start` and so counts as before; one at `end` as after.)
      if (!next || next.oldStart >= end) {
        const shift = shiftAfter(before);
        return { start: start + shift, end: end + shift };
      }
      const following = hunks[before + 1];
      if (following && following.oldStart < end) return null;
      const room = { from: hunks[before - 1]?.oldEnd ?? 0, to: following?.oldStart ?? oldText.length };
      const shift = slideOut(next, start, end, room, oldText, newText);
      return shift === null ? null : { start: start + shift, end: end + shift };
    },
    mapPoint(offset) {
      const before = countEndingBy(offset);
      const at = hunks[before];
      if (at && at.oldStart < offset) return at.newStart;
      return offset + shiftAfter(before);
    },
  };
}

/**
 * If the pure insertion or deletion `hunk` can slide within the unchanged old text `room` to lie
 * wholly before or after old[start, end), how far that range moves in the new text; else null.
 * Sliding an edit by k leaves the result the same exactly when the k characters it crosses
 * repeat the edited text's own last (sliding left) or first (sliding right) k characters.
 */
function slideOut(
  hunk: Hunk,
  start: number,
  end: number,
  room: { from: number; to: number },
  oldText: string,
  newText: string,
): number | null {
  const { oldStart: a, oldEnd: b, newStart: na, newEnd: nb } = hunk;
  if (a !== b && na !== nb) return null; // A replacement changes text either way.
  // The edited characters: old[a, b) for a deletion, new[na, nb) for an insertion.
  const [text, from, to] = a === b ? [newText, na, nb] : [oldText, a, b];
  const crossed = (k: number, left: boolean) =>
    left
      ? text.slice(from - k, from) === text.slice(to - k, to)
      : text.slice(from, from + k) === text.slice(to, to + k);
  const shiftBefore = na - a; // How far the unchanged text just before the hunk has moved.
  const left = b - start; // Sliding left this far puts the edit's end at `start`.
  if (a - left >= room.from && crossed(left, true)) return shiftBefore + (nb - na) - (b - a);
  const right = end - a; // Sliding right this far puts the edit's start at `end`.
  if (b + right <= room.to && crossed(right, false)) return shiftBefore;
  return null;
}

/** How many leading items satisfy `test`, for a `test` that is true up to some index, then false. */
function countWhile<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    if (item !== undefined && test(item)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
