import { type Anchor, resolveAnchor } from "@dossier/editor";
import type { Node as PMNode } from "@tiptap/pm/model";

/**
 * Where comment threads sit in the editor's document, and the highlight each one gets. Pure:
 * the ProseMirror plugin (comments-plugin.ts) turns the specs into decorations.
 */

export type ThreadRange = { id: string; from: number; to: number };

export type HighlightSpec = { from: number; to: number; threadId: string | null; className: string };

/** What the editor needs to know about a thread to highlight it. */
export type HighlightThread = { id: string; anchor: Anchor | null; detached: boolean; visible: boolean };

/**
 * The ranges of the threads to highlight in `doc`: visible, attached threads whose quote is
 * found (at its recorded position, or wherever the quote best matches). Threads whose words are
 * gone get no range — they show as detached in the panel instead.
 */
export function resolveThreadRanges(doc: PMNode, threads: readonly HighlightThread[]): ThreadRange[] {
  const ranges: ThreadRange[] = [];
  for (const thread of threads) {
    if (!thread.visible || thread.detached || !thread.anchor) continue;
    let range: { from: number; to: number } | null = null;
    try {
      range = resolveAnchor(doc, thread.anchor);
    } catch {
      range = null; // a malformed anchor must never break the editor
    }
    if (range && range.to > range.from) ranges.push({ id: thread.id, ...range });
  }
  return ranges;
}

/**
 * One highlight per thread (overlapping threads overlap: each is its own span, so the shared
 * words look darker), the active and hovered ones emphasised, plus the selection being commented
 * on (no thread yet). Sorted by position, longer first at the same start, so outer spans wrap
 * inner ones.
 */
export function highlightSpecs(
  ranges: readonly ThreadRange[],
  state: { active: string | null; hover: string | null; pending: { from: number; to: number } | null },
): HighlightSpec[] {
  const specs: HighlightSpec[] = ranges
    .filter((r) => r.to > r.from)
    .map((r) => ({
      from: r.from,
      to: r.to,
      threadId: r.id,
      className: [
        "comment-mark",
        `comment-t-${r.id}`,
        r.id === state.active ? "comment-mark-active" : "",
        r.id === state.hover ? "comment-mark-hover" : "",
      ]
        .filter(Boolean)
        .join(" "),
    }));
  if (state.pending && state.pending.to > state.pending.from) {
    specs.push({ ...state.pending, threadId: null, className: "comment-mark-pending" });
  }
  return specs.sort((a, b) => a.from - b.from || b.to - a.to);
}

/** The threads covering `pos`, innermost (shortest) first. */
export function threadsAt(ranges: readonly ThreadRange[], pos: number): string[] {
  return ranges
    .filter((r) => r.from <= pos && pos <= r.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from) || a.from - b.from)
    .map((r) => r.id);
}

/**
 * The thread a click at `pos` opens: the innermost one there; clicking again where threads
 * overlap cycles through them (the one after the currently active thread).
 */
export function pickThreadAt(
  ranges: readonly ThreadRange[],
  pos: number,
  active: string | null,
): string | null {
  return pickThread(threadsAt(ranges, pos), active);
}

/** Of the threads under a click (innermost first), the one to open: see pickThreadAt. */
export function pickThread(ids: readonly string[], active: string | null): string | null {
  if (ids.length === 0) return null;
  const current = active ? ids.indexOf(active) : -1;
  return ids[current === -1 ? 0 : (current + 1) % ids.length] ?? null;
}

type Orderable = {
  id: string;
  anchor: Anchor | null;
  detached: boolean;
  createdAt: Date | string;
};

/**
 * Panel order: threads on the whole section first, then anchored ones in reading order, then
 * detached ones (their words are gone); ties by age.
 */
export function orderThreads<T extends Orderable>(threads: readonly T[]): T[] {
  const group = (t: T) => (!t.anchor ? 0 : t.detached ? 2 : 1);
  const time = (t: T) => new Date(t.createdAt).getTime();
  return [...threads].sort(
    (a, b) =>
      group(a) - group(b) ||
      (group(a) === 1 ? (a.anchor?.position.start ?? 0) - (b.anchor?.position.start ?? 0) : 0) ||
      time(a) - time(b),
  );
}
