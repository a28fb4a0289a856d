import type { Node as PMNode } from "@tiptap/pm/model";
import { type BlockKeys, canPair } from "./blockKeys.ts";
import { align } from "./sequence.ts";

/** How a replaced stretch of blocks is shown: old blocks removed, new ones added, or edited pairs. */
export type Step =
  | { kind: "delete"; node: PMNode }
  | { kind: "insert"; node: PMNode }
  | { kind: "pair"; before: PMNode; after: PMNode };

// Blocks sharing at least this share of their words are shown as one edited block; below it a
// rewrite reads better as the old block struck out and the new one added.
const SIMILAR = 0.5;
// The comparator below does real work per call, so the pairing diff gets a tighter budget.
const MAX_PAIRING_EDITS = 64;

/**
 * Pairs the blocks of a changed stretch: the old blocks `removed` were replaced by `added`. Pairs
 * are found by a second diff whose "equal" means "alike enough", so the order of blocks is kept
 * and a paragraph edited in the middle of several rewritten ones still lines up with its old self.
 */
export function pairBlocks(removed: PMNode[], added: PMNode[], keys: BlockKeys): Step[] {
  const [only, onlyNew] = [removed[0], added[0]];
  // One block for one block is an edit in place, however heavy: tracked changes read that way.
  if (removed.length === 1 && added.length === 1 && only && onlyNew && canPair(only, onlyNew)) {
    return [{ kind: "pair", before: only, after: onlyNew }];
  }
  const alike = (a: PMNode, b: PMNode) => canPair(a, b) && keys.similarity(a, b) >= SIMILAR;
  const steps: Step[] = [];
  for (const run of align(removed, added, MAX_PAIRING_EDITS, alike)) {
    for (let k = 0; run.same && k < run.oldTo - run.oldFrom; k++) {
      const before = removed[run.oldFrom + k];
      const after = added[run.newFrom + k];
      if (before && after) steps.push({ kind: "pair", before, after });
    }
    if (run.same) continue;
    // Removed before added, so a list item still starts with its (old) paragraph.
    for (const node of removed.slice(run.oldFrom, run.oldTo)) steps.push({ kind: "delete", node });
    for (const node of added.slice(run.newFrom, run.newTo)) steps.push({ kind: "insert", node });
  }
  return steps;
}
