import type { Hunk } from "./diff.ts";

/**
 * An identity diff sees an edited paragraph as "deleted, then a new one inserted", and glues
 * neighbouring edits into one hunk: editing paragraph 3 and deleting paragraph 4 is one hunk
 * replacing 2 blocks with 1. Against the other side's edit of paragraph 3 nothing could then be
 * paired up. So replace hunks are split again by *similarity*: elements that are edits of each
 * other become 1:1 hunks (merged inside when both sides changed them), the rest stay insertions
 * and deletions. The same goes for words: "fox" → "**fox**" is an edit of that word.
 */

// Hunks bigger than this (base blocks × other blocks) stay whole: pairing costs n·m similarity
// checks, and a rewrite that large conflicts with any concurrent edit anyway.
const MAX_PAIRING = 10_000;
// Elements pair up when their similarity (0…1) is at least this.
const MIN_SIMILARITY = 0.5;

export function pairSimilar(
  hunks: readonly Hunk[],
  similarity: (baseIndex: number, otherIndex: number) => number,
): Hunk[] {
  return hunks.flatMap((hunk) => {
    const n = hunk.baseEnd - hunk.baseStart;
    const m = hunk.otherEnd - hunk.otherStart;
    if (n === 0 || m === 0 || (n === 1 && m === 1) || n * m > MAX_PAIRING) return [hunk];
    const pairs = bestPairs(n, m, (i, j) => similarity(hunk.baseStart + i, hunk.otherStart + j));
    const out: Hunk[] = [];
    const push = (baseStart: number, baseEnd: number, otherStart: number, otherEnd: number) => {
      if (baseEnd === baseStart && otherEnd === otherStart) return;
      out.push({
        baseStart: hunk.baseStart + baseStart,
        baseEnd: hunk.baseStart + baseEnd,
        otherStart: hunk.otherStart + otherStart,
        otherEnd: hunk.otherStart + otherEnd,
      });
    };
    let [i, j] = [0, 0];
    for (const [pi, pj] of pairs) {
      push(i, pi, j, pj); // what lies between two pairs: inserted, deleted or unrecognisable
      push(pi, pi + 1, pj, pj + 1);
      [i, j] = [pi + 1, pj + 1];
    }
    push(i, n, j, m);
    return out;
  });
}

/**
 * The order-preserving pairing with the highest total similarity (an alignment DP), so an edited
 * block pairs with its original rather than with a deleted neighbour that shares some words.
 */
function bestPairs(n: number, m: number, score: (i: number, j: number) => number): [number, number][] {
  const scores = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) scores[i * m + j] = score(i, j);
  const width = m + 1;
  const total = new Float64Array((n + 1) * width);
  const pairGain = (i: number, j: number) => {
    const s = scores[(i - 1) * m + (j - 1)] ?? 0;
    return s >= MIN_SIMILARITY ? (total[(i - 1) * width + (j - 1)] ?? 0) + s : -1;
  };
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      total[i * width + j] = Math.max(
        total[(i - 1) * width + j] ?? 0,
        total[i * width + j - 1] ?? 0,
        pairGain(i, j),
      );
    }
  }
  const pairs: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const here = total[i * width + j] ?? 0;
    if (pairGain(i, j) === here) pairs.push([--i, --j]);
    else if (total[(i - 1) * width + j] === here) i--;
    else j--;
  }
  return pairs.reverse();
}
