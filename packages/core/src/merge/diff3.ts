import { defined } from "../defined.ts";
import { clusterHunks, type Side } from "./clusters.ts";
import { diff, type Hunk } from "./diff.ts";

/** Half-open index range into one version's sequence. */
export type Span = { start: number; end: number };

/**
 * A stretch of the three sequences. "same": nobody changed it; "theirs"/"mine": only that side
 * did, so take that side's span; "both": both sides made edits that touch each other there, and
 * the caller decides (identical spans are fine, anything else needs a closer look or a conflict).
 * `aligned`: every edit in it replaced elements one for one, so the i-th element of each span
 * is the same element in three versions (equal span lengths alone do not say that: a deletion
 * plus an insertion shifts everything in between).
 */
export type Region = {
  kind: "same" | "theirs" | "mine" | "both";
  base: Span;
  theirs: Span;
  mine: Span;
  aligned: boolean;
};

/**
 * Aligns `theirs` and `mine` against `base` (sequences of interned keys) and cuts the result into
 * regions covering all three sequences in order.
 */
export function diff3(
  base: readonly number[],
  theirs: readonly number[],
  mine: readonly number[],
  refine: (hunks: Hunk[], side: Side) => Hunk[] = (hunks) => hunks,
): Region[] {
  const clusters = clusterHunks(refine(diff(base, theirs), "theirs"), refine(diff(base, mine), "mine"));

  const regions: Region[] = [];
  // shift = (index in that side) - (index in base) for the unchanged elements seen so far.
  const shift = { theirs: 0, mine: 0 };
  let at = 0;
  const pushSame = (end: number) => {
    if (end > at) {
      regions.push({
        kind: "same",
        base: { start: at, end },
        theirs: { start: at + shift.theirs, end: end + shift.theirs },
        mine: { start: at + shift.mine, end: end + shift.mine },
        aligned: true,
      });
    }
  };
  for (const cluster of clusters) {
    const start = Math.min(...cluster.map((h) => h.baseStart));
    const end = Math.max(...cluster.map((h) => h.baseEnd));
    pushSame(start);
    const span = (side: Side): Span => {
      const growth = cluster
        .filter((h) => h.side === side)
        .reduce((sum, h) => sum + (h.otherEnd - h.otherStart) - (h.baseEnd - h.baseStart), 0);
      const result = { start: start + shift[side], end: end + shift[side] + growth };
      shift[side] += growth;
      return result;
    };
    const sides = new Set(cluster.map((h) => h.side));
    const kind = sides.size === 2 ? "both" : defined(cluster[0]).side;
    const aligned = cluster.every((h) => h.otherEnd - h.otherStart === h.baseEnd - h.baseStart);
    regions.push({ kind, base: { start, end }, theirs: span("theirs"), mine: span("mine"), aligned });
    at = end;
  }
  pushSame(base.length);
  return regions;
}
