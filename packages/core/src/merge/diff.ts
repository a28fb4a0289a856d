import { type ArrayChange, diffArrays } from "diff";
import { uniqueAnchors } from "./anchors.ts";

/**
 * Two-way diff of integer sequences (elements are interned keys, so equality is `===`).
 * A hunk says: replace `base[baseStart, baseEnd)` with `other[otherStart, otherEnd)`. Hunks are
 * sorted and always separated by at least one unchanged element.
 */
export type Hunk = { baseStart: number; baseEnd: number; otherStart: number; otherEnd: number };

/**
 * Beyond this many edits in the middle part, Myers' O((N+M)·D) time and the O(D²) trace stop
 * being cheap; the middle part then becomes one big hunk. That is conservative for a merge (more
 * conflicts, never a lost edit) and only happens when a side rewrote most of a sequence.
 */
const MAX_EDITS = 2000;

export function diff(base: readonly number[], other: readonly number[]): Hunk[] {
  const hunks: Hunk[] = [];
  let [baseAt, otherAt] = [0, 0];
  // Myers between patience anchors; hunks of neighbouring gaps stay apart (the anchor is between).
  for (const [i, j] of [...uniqueAnchors(base, other), [base.length, other.length] as const]) {
    const gap = diffBy(i - baseAt, j - otherAt, (x, y) => base[baseAt + x] === other[otherAt + y]);
    for (const h of gap) {
      hunks.push({
        baseStart: baseAt + h.baseStart,
        baseEnd: baseAt + h.baseEnd,
        otherStart: otherAt + h.otherStart,
        otherEnd: otherAt + h.otherEnd,
      });
    }
    [baseAt, otherAt] = [i + 1, j + 1];
  }
  return slideLeft(hunks, base, other);
}

/**
 * Where an insertion or deletion could sit at several places (adding a word next to the same
 * word, or a paragraph next to an identical one), moves it to the leftmost. Both sides' diffs
 * then put the same edit at the same place, so two insertions at one spot are always seen as
 * such (a conflict) rather than landing one element apart and being silently ordered.
 */
function slideLeft(hunks: Hunk[], base: readonly number[], other: readonly number[]): Hunk[] {
  const out: Hunk[] = [];
  for (const hunk of hunks) {
    const h = { ...hunk };
    const previous = out.at(-1);
    const floor = previous?.baseEnd ?? 0;
    const insertion = h.baseStart === h.baseEnd;
    const deletion = h.otherStart === h.otherEnd;
    const canSlide = () =>
      h.baseStart > floor &&
      (insertion
        ? base[h.baseStart - 1] === other[h.otherEnd - 1]
        : base[h.baseStart - 1] === base[h.baseEnd - 1]);
    if (insertion !== deletion) {
      while (canSlide()) {
        h.baseStart--;
        h.baseEnd--;
        h.otherStart--;
        h.otherEnd--;
      }
    }
    // Slid up against the previous hunk: one hunk, so hunks stay separated by unchanged elements.
    if (previous && h.baseStart === previous.baseEnd) {
      previous.baseEnd = h.baseEnd;
      previous.otherEnd = h.otherEnd;
    } else {
      out.push(h);
    }
  }
  return out;
}

/**
 * Diff of sequences of lengths `n` and `m` under any equality `equal(i, j)` (between element i of
 * the base and j of the other): lets callers align by similarity as well as by identity. The
 * shortest edit script itself comes from jsdiff (the `diff` package, the Myers diff the rest of
 * the app uses too); what the merge adds on top is its own: patience anchors (`diff`), hunks
 * that replace whole runs, the slide to the leftmost place (`slideLeft`), and a bail-out into
 * one conservative hunk past `maxEdits`.
 */
export function diffBy(
  n: number,
  m: number,
  equal: (i: number, j: number) => boolean,
  maxEdits = MAX_EDITS,
): Hunk[] {
  // Common prefix and suffix first: they make a single edit always come out as one replace hunk
  // at the obvious place, and shrink the part Myers has to search.
  let prefix = 0;
  const shortest = Math.min(n, m);
  while (prefix < shortest && equal(prefix, prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && equal(n - 1 - suffix, m - 1 - suffix)) suffix++;
  const a = n - prefix - suffix;
  const b = m - prefix - suffix;
  if (a === 0 && b === 0) return [];
  const whole = [{ baseStart: prefix, baseEnd: prefix + a, otherStart: prefix, otherEnd: prefix + b }];
  if (a === 0 || b === 0) return whole;
  const indices = (length: number, from: number) => Array.from({ length }, (_, i) => from + i);
  const parts = diffArrays(indices(a, prefix), indices(b, prefix), {
    comparator: (i, j) => equal(i, j),
    maxEditLength: maxEdits,
  });
  return parts ? hunksOf(parts, prefix) : whole;
}

/** jsdiff's kept / removed / added runs as hunks: each stretch between kept runs is one hunk. */
function hunksOf(parts: readonly ArrayChange<number>[], shift: number): Hunk[] {
  const hunks: Hunk[] = [];
  let x = shift;
  let y = shift;
  let open: Hunk | null = null;
  for (const part of parts) {
    if (!part.added && !part.removed) {
      open = null;
      x += part.count;
      y += part.count;
      continue;
    }
    if (!open) {
      open = { baseStart: x, baseEnd: x, otherStart: y, otherEnd: y };
      hunks.push(open);
    }
    if (part.removed) x += part.count;
    else y += part.count;
    open.baseEnd = x;
    open.otherEnd = y;
  }
  return hunks;
}
