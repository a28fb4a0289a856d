import { defined } from "../defined.ts";
import type { Hunk } from "./diff.ts";

export type Side = "theirs" | "mine";
export type SidedHunk = Hunk & { side: Side };

/**
 * Groups the two sides' hunks into clusters that must be decided together: connected components
 * of "interacts" (below), in base order. Each side's hunks are sorted and never overlap, so each
 * of their hunks need only be tested against the other side's hunks near it.
 */
export function clusterHunks(theirs: readonly Hunk[], mine: readonly Hunk[]): SidedHunk[][] {
  const all: SidedHunk[] = [
    ...theirs.map((h) => ({ ...h, side: "theirs" as const })),
    ...mine.map((h) => ({ ...h, side: "mine" as const })),
  ];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = defined(parent[defined(parent[i])]);
    return i;
  };
  let first = 0;
  theirs.forEach((t, i) => {
    // Mine's hunks ending before t starts cannot interact with t or any later hunk of theirs.
    while (first < mine.length && defined(mine[first]).baseEnd < t.baseStart) first++;
    for (let j = first; j < mine.length && defined(mine[j]).baseStart <= t.baseEnd; j++) {
      if (interacts(t, defined(mine[j]))) parent[find(i)] = find(theirs.length + j);
    }
  });

  const groups = new Map<number, SidedHunk[]>();
  all.forEach((hunk, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), hunk]);
  });
  const hull = (group: SidedHunk[]) => ({
    start: Math.min(...group.map((h) => h.baseStart)),
    end: Math.max(...group.map((h) => h.baseEnd)),
  });
  const sorted = [...groups.values()].sort(
    (x, y) => hull(x).start - hull(y).start || hull(x).end - hull(y).end,
  );
  // Regions cannot overlap, so clusters whose extents overlap without interacting are decided
  // together too (conservative: that can only turn a clean merge into an element-wise one).
  const clusters: SidedHunk[][] = [];
  for (const group of sorted) {
    const previous = clusters.at(-1);
    if (previous && hull(group).start < hull(previous).end) previous.push(...group);
    else clusters.push(group);
  }
  return clusters;
}

/**
 * Whether edits from the two sides must be decided together.
 * - Overlapping base ranges, of course.
 * - An insertion and an edit it touches or falls inside, and two insertions at one point:
 *   placing one relative to the other would be silently picking an order.
 * - Two replacements that merely touch, when both produce content and one is not a plain 1:1
 *   edit: a hunk replacing n elements with m ≠ n (or n > 1 unpaired ones) may be an insertion at
 *   the shared boundary in disguise. Edits to neighbouring words or paragraphs (1:1 each) stay
 *   independent, and so does a deletion next to anything: it produces nothing to order.
 */
export function interacts(x: Hunk, y: Hunk): boolean {
  const xInsert = x.baseStart === x.baseEnd;
  const yInsert = y.baseStart === y.baseEnd;
  if (xInsert && yInsert) return x.baseStart === y.baseStart;
  if (xInsert) return y.baseStart <= x.baseStart && x.baseStart <= y.baseEnd;
  if (yInsert) return x.baseStart <= y.baseStart && y.baseStart <= x.baseEnd;
  if (Math.max(x.baseStart, y.baseStart) < Math.min(x.baseEnd, y.baseEnd)) return true;
  if (x.baseEnd !== y.baseStart && y.baseEnd !== x.baseStart) return false;
  const output = (h: Hunk) => h.otherEnd - h.otherStart;
  const oneToOne = (h: Hunk) => output(h) === 1 && h.baseEnd - h.baseStart === 1;
  return output(x) > 0 && output(y) > 0 && !(oneToOne(x) && oneToOne(y));
}
