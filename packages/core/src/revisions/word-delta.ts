import { wordsOf } from "@dossier/editor";
import { diffArrays } from "diff";

/**
 * Words added and removed between two plain texts, for the history list (words as the editor
 * counts them). A Myers diff over words is exact and fast when revisions differ a little (the
 * usual autosave); a complete rewrite of a long section would make it quadratic, so past a
 * budget we fall back to counting word multisets.
 */
export function wordDelta(before: string, after: string): { added: number; removed: number } {
  const a = wordsOf(before);
  const b = wordsOf(after);
  const changes = diffArrays(a, b, { maxEditLength: 2_000, timeout: 50 });
  if (changes) {
    let added = 0;
    let removed = 0;
    for (const c of changes) {
      if (c.added) added += c.count ?? c.value.length;
      else if (c.removed) removed += c.count ?? c.value.length;
    }
    return { added, removed };
  }
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let added = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) counts.set(w, n - 1);
    else added += 1;
  }
  const removed = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return { added, removed };
}
