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
 * the base and j of the other): lets callers align by similarity as well as by identity.
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
  const snakes =
    a === 0 || b === 0 ? [] : myersSnakes(a, b, (i, j) => equal(prefix + i, prefix + j), maxEdits);
  if (snakes === null) {
    return [{ baseStart: prefix, baseEnd: prefix + a, otherStart: prefix, otherEnd: prefix + b }];
  }
  return hunksBetween(snakes, a, b, prefix);
}

/** A diagonal run of equal elements: a[x, x+length) === b[y, y+length). */
type Snake = { x: number; y: number; length: number };

/** The matching runs of a shortest edit script (Myers 1986), in order; null when too costly. */
function myersSnakes(
  n: number,
  m: number,
  equal: (i: number, j: number) => boolean,
  maxEdits: number,
): Snake[] | null {
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  // trace[d] holds v for diagonals -d..d after round d, so backtracking can find each move.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && equal(x, y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return backtrack(trace, n, m);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number): Snake[] {
  const snakes: Snake[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1]!;
    const k = x - y;
    // prev is indexed by diagonal + (d - 1).
    const at = (diagonal: number) => prev[diagonal + d - 1]!;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    // The edit lands at (startX, startY); the snake from there to (x, y) is equal elements.
    const startX = down ? prevX : prevX + 1;
    const startY = startX - k;
    if (x > startX) snakes.push({ x: startX, y: startY, length: x - startX });
    x = prevX;
    y = prevY;
  }
  if (x > 0) snakes.push({ x: 0, y: 0, length: x });
  return snakes.reverse();
}

/** The gaps between matching runs are the hunks. */
function hunksBetween(snakes: Snake[], n: number, m: number, shift: number): Hunk[] {
  const hunks: Hunk[] = [];
  let x = 0;
  let y = 0;
  for (const snake of [...snakes, { x: n, y: m, length: 0 }]) {
    if (snake.x > x || snake.y > y) {
      hunks.push({
        baseStart: shift + x,
        baseEnd: shift + snake.x,
        otherStart: shift + y,
        otherEnd: shift + snake.y,
      });
    }
    x = snake.x + snake.length;
    y = snake.y + snake.length;
  }
  return hunks;
}
