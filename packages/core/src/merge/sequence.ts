import { defined } from "../defined.ts";
import type { Side } from "./clusters.ts";
import type { Hunk } from "./diff.ts";
import { diff3, type Region, type Span } from "./diff3.ts";

/** One sequence in its three versions, plus each element's interned key (equal keys = equal JSON). */
export type Versions<T> = { base: readonly T[]; theirs: readonly T[]; mine: readonly T[] };
export type Keyed<T> = { items: Versions<T>; keys: Versions<number> };

export type SequenceHandlers<T> = {
  /** Whether an element changed differently on both sides can be merged inside (same node type…). */
  canMergeInside(base: T, theirs: T, mine: T): boolean;
  /** Merges such an element; `at` is its index in each version. Reports its own nested conflicts. */
  mergeInside(base: T, theirs: T, mine: T, at: { base: number; theirs: number; mine: number }): T;
  /** Records a region that cannot be merged. */
  conflict(region: Region): void;
  /** Optionally re-cuts one side's diff before the merge (see align.ts). */
  refine?(hunks: Hunk[], side: Side): Hunk[];
};

/**
 * The three-way merge of one sequence. Regions changed on one side come from that side. Where both
 * sides changed things: identical results are taken; aligned regions (one-for-one edits only) are
 * merged element by element (an element changed on one side only comes from that side, one
 * changed on both is merged inside if possible); anything else is a conflict. While conflicts are recorded the base
 * span stands in, so the caller can keep going and collect every conflict in one pass.
 */
export function mergeSequence<T>({ items, keys }: Keyed<T>, handlers: SequenceHandlers<T>): T[] {
  const out: T[] = [];
  for (const region of diff3(keys.base, keys.theirs, keys.mine, handlers.refine)) {
    const pick = (side: keyof Versions<T>, span: Span) => items[side].slice(span.start, span.end);
    if (region.kind === "same") out.push(...pick("base", region.base));
    else if (region.kind === "theirs") out.push(...pick("theirs", region.theirs));
    else if (region.kind === "mine") out.push(...pick("mine", region.mine));
    else if (sameKeys(keys.theirs, region.theirs, keys.mine, region.mine))
      out.push(...pick("mine", region.mine));
    else {
      const merged = mergeElementwise({ items, keys }, region, handlers);
      if (merged) out.push(...merged);
      else {
        handlers.conflict(region);
        out.push(...pick("base", region.base));
      }
    }
  }
  return out;
}

/** Element-by-element resolution of a "both" region, or null when it cannot be done. */
function mergeElementwise<T>(
  { items, keys }: Keyed<T>,
  region: Region,
  handlers: SequenceHandlers<T>,
): T[] | null {
  if (!region.aligned) return null;
  const length = region.base.end - region.base.start;
  const element = (side: keyof Versions<T>, span: Span, i: number) => ({
    item: defined(items[side][span.start + i]),
    key: defined(keys[side][span.start + i]),
  });
  const rows = Array.from({ length }, (_, i) => ({
    base: element("base", region.base, i),
    theirs: element("theirs", region.theirs, i),
    mine: element("mine", region.mine, i),
  }));
  const changedOnBoth = ({ base, theirs, mine }: (typeof rows)[number]) =>
    theirs.key !== base.key && mine.key !== base.key && theirs.key !== mine.key;
  // Check everything first, so a region is either merged or reported once as a whole.
  if (
    rows.some(
      (row) => changedOnBoth(row) && !handlers.canMergeInside(row.base.item, row.theirs.item, row.mine.item),
    )
  ) {
    return null;
  }
  return rows.map((row, i) => {
    if (row.theirs.key === row.base.key) return row.mine.item;
    if (row.mine.key === row.base.key || row.mine.key === row.theirs.key) return row.theirs.item;
    const at = { base: region.base.start + i, theirs: region.theirs.start + i, mine: region.mine.start + i };
    return handlers.mergeInside(row.base.item, row.theirs.item, row.mine.item, at);
  });
}

function sameKeys(x: readonly number[], xSpan: Span, y: readonly number[], ySpan: Span): boolean {
  if (xSpan.end - xSpan.start !== ySpan.end - ySpan.start) return false;
  for (let i = 0; i < xSpan.end - xSpan.start; i++) {
    if (x[xSpan.start + i] !== y[ySpan.start + i]) return false;
  }
  return true;
}

/** Interns strings as small integers, so diffs compare numbers instead of long JSON strings. */
export class Interner {
  readonly #ids = new Map<string, number>();
  id(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(value, id);
    }
    return id;
  }
}
