/**
 * How the history panel folds a section's revisions. Autosave writes a revision every time a
 * writer pauses, so one sitting leaves a trail of small saves; the panel shows consecutive plain
 * saves by one author within `GROUP_WINDOW_MS` as one expandable group. Display only: every
 * revision stays in the database and in the group's list.
 */
import { formatCount } from "@/lib/labels.ts";

export const GROUP_WINDOW_MS = 10 * 60_000;

type Person = { id: string; name: string };

export type GroupableRevision = {
  id: string;
  number: number;
  createdAt: Date;
  kind: string;
  message: string | null;
  author: Person;
  contributors: { user: Person }[];
  wordsAdded: number;
  wordsRemoved: number;
};

export type HistoryEntry<T extends GroupableRevision> =
  | { type: "revision"; revision: T }
  | {
      type: "group";
      /** Stable while the group grows with older pages: the newest revision's id. */
      key: string;
      author: Person;
      /** Newest first, like the list. */
      revisions: T[];
      /** The oldest and newest save times. */
      from: Date;
      to: Date;
      wordsAdded: number;
      wordsRemoved: number;
    };

/**
 * Only ordinary saves by one person fold together. Merges, restores and anything with a message
 * (a resolved conflict, a named step) always stand alone, so they can't hide inside a group.
 */
function groupable(revision: GroupableRevision): boolean {
  if (revision.kind !== "EDIT" || revision.message) return false;
  return revision.contributors.every((c) => c.user.id === revision.author.id);
}

/**
 * Folds a newest-first list of revisions. A group holds two or more consecutive plain saves by
 * the same author whose first and last saves are at most `windowMs` apart; everything else is a
 * single entry. The order of revisions is preserved.
 */
export function groupRevisions<T extends GroupableRevision>(
  revisions: readonly T[],
  windowMs: number = GROUP_WINDOW_MS,
): HistoryEntry<T>[] {
  const runs: T[][] = [];
  for (const revision of revisions) {
    const run = runs.at(-1);
    const newest = run?.[0];
    const previous = run?.at(-1);
    if (
      run &&
      newest &&
      previous &&
      groupable(revision) &&
      groupable(previous) &&
      previous.author.id === revision.author.id &&
      previous.number === revision.number + 1 &&
      newest.createdAt.getTime() - revision.createdAt.getTime() <= windowMs
    ) {
      run.push(revision);
    } else {
      runs.push([revision]);
    }
  }
  return runs.flatMap((run): HistoryEntry<T>[] => {
    const [first, last] = [run[0], run.at(-1)];
    if (!first || !last) return [];
    if (run.length === 1) return [{ type: "revision", revision: first }];
    const group: HistoryEntry<T> = {
      type: "group",
      key: first.id,
      author: first.author,
      revisions: run,
      from: last.createdAt,
      to: first.createdAt,
      wordsAdded: run.reduce((sum, r) => sum + r.wordsAdded, 0),
      wordsRemoved: run.reduce((sum, r) => sum + r.wordsRemoved, 0),
    };
    return [group];
  });
}

/** Everyone credited with a revision, author first: "Omar Analyst & Elena Editor". */
export function contributorNames(revision: Pick<GroupableRevision, "author" | "contributors">): string {
  const names = [revision.author.name];
  const seen = new Set([revision.author.id]);
  for (const { user } of revision.contributors) {
    if (seen.has(user.id)) continue;
    seen.add(user.id);
    names.push(user.name);
  }
  return joinNames(names);
}

/** "A", "A & B", "A, B & C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} & ${names.at(-1)}`;
}

/** "+12 −3" (a true minus sign); "±0" when no word changed. */
export function formatWordDelta(added: number, removed: number): string {
  if (added === 0 && removed === 0) return "±0";
  return `+${formatCount(added)} −${formatCount(removed)}`;
}
