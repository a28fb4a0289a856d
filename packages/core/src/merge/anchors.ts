import { defined } from "../defined.ts";
/**
 * Patience-diff anchors: elements that occur exactly once in each sequence, kept where their
 * order agrees (longest increasing subsequence). Diffing only between anchors keeps Myers' work
 * proportional to each gap's edits rather than to the whole document's (a side that touched
 * every paragraph would otherwise cost O(D²) trace memory), and a unique paragraph or word is a
 * far more trustworthy alignment point than the commonest ones.
 *
 * Returns [baseIndex, otherIndex] pairs, increasing in both.
 */
export function uniqueAnchors(base: readonly number[], other: readonly number[]): [number, number][] {
  const seen = new Map<number, { base: number; other: number; baseIndex: number; otherIndex: number }>();
  const entry = (key: number) => {
    let e = seen.get(key);
    if (!e) {
      e = { base: 0, other: 0, baseIndex: -1, otherIndex: -1 };
      seen.set(key, e);
    }
    return e;
  };
  base.forEach((key, i) => {
    const e = entry(key);
    e.base++;
    e.baseIndex = i;
  });
  other.forEach((key, j) => {
    const e = entry(key);
    e.other++;
    e.otherIndex = j;
  });
  const candidates: [number, number][] = [];
  for (const e of seen.values()) {
    if (e.base === 1 && e.other === 1) candidates.push([e.baseIndex, e.otherIndex]);
  }
  candidates.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(candidates);
}

/** Longest subsequence of pairs (sorted by first) increasing in second: patience sorting. */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = []; // tails[k]: index into pairs of the smallest tail of a run of length k+1
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], index) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (defined(pairs[defined(tails[mid])])[1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = defined(tails[lo - 1]);
    tails[lo] = index;
  });
  const result: [number, number][] = [];
  for (let at = tails.at(-1) ?? -1; at >= 0; at = previous[at] ?? -1) result.push(defined(pairs[at]));
  return result.reverse();
}
