import { diffArrays } from "diff";

/**
 * A stretch of two aligned sequences: `same` (items pair up one to one) or changed (old items
 * [oldFrom, oldTo) were replaced by new items [newFrom, newTo); either side may be empty).
 */
export type Run = { same: boolean; oldFrom: number; oldTo: number; newFrom: number; newTo: number };

/**
 * Aligns two sequences with jsdiff's Myers diff. Myers costs (n + m) · d for d edits, so past
 * `maxEdits` it gives up and the whole stretch counts as replaced: callers stay fast on
 * pathological input (a 20,000-word paragraph rewritten) at the price of a coarser diff there.
 * Adjacent removals and insertions come back as one changed run, which is what a reader sees as
 * one edit.
 */
export function align<T>(a: T[], b: T[], maxEdits: number, equal?: (x: T, y: T) => boolean): Run[] {
  const parts = diffArrays(a, b, { maxEditLength: maxEdits, ...(equal ? { comparator: equal } : {}) });
  if (parts === undefined) {
    return [{ same: false, oldFrom: 0, oldTo: a.length, newFrom: 0, newTo: b.length }];
  }
  const runs: Run[] = [];
  let i = 0;
  let j = 0;
  for (const part of parts) {
    const same = !part.added && !part.removed;
    let run = runs.at(-1);
    if (!run || same || run.same) {
      run = { same, oldFrom: i, oldTo: i, newFrom: j, newTo: j };
      runs.push(run);
    }
    if (!part.added) i += part.count;
    if (!part.removed) j += part.count;
    run.oldTo = i;
    run.newTo = j;
  }
  return runs;
}
