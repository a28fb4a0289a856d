import type { JSONContent } from "./types.ts";

type Words = { counts: Map<string, number>; total: number };
// Pairing compares each block of a hunk with every block of the other side's: count words once.
const wordCache = new WeakMap<JSONContent, Words>();

/** Dice coefficient of the blocks' words (as multisets, marks ignored); 0 across types. */
export function similarity(a: JSONContent, b: JSONContent): number {
  if (a.type !== b.type) return 0;
  const [x, y] = [wordsOf(a), wordsOf(b)];
  if (x.total === 0 || y.total === 0) return x.total === y.total ? 1 : 0;
  let common = 0;
  for (const [word, count] of x.counts) common += Math.min(count, y.counts.get(word) ?? 0);
  return (2 * common) / (x.total + y.total);
}

function wordsOf(node: JSONContent): Words {
  const cached = wordCache.get(node);
  if (cached) return cached;
  const counts = new Map<string, number>();
  let total = 0;
  const walk = (n: JSONContent) => {
    for (const word of n.text?.split(/\s+/u) ?? []) {
      if (word === "") continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
      total++;
    }
    for (const child of n.content ?? []) walk(child);
  };
  walk(node);
  const words = { counts, total };
  wordCache.set(node, words);
  return words;
}
