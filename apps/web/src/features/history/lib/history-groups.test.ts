import { describe, expect, it } from "vitest";
import { formatClock, formatClockRange } from "../../../lib/relative-time.ts";
import {
  contributorNames,
  formatWordDelta,
  GROUP_WINDOW_MS,
  type GroupableRevision,
  groupRevisions,
  joinNames,
} from "./history-groups.ts";

const elena = { id: "u-elena", name: "Elena Editor" };
const omar = { id: "u-omar", name: "Omar Analyst" };
const t0 = new Date(2026, 10, 27, 14, 2).getTime();
const MIN = 60_000;

/** Newest-first revisions from `[number, minutesAfterT0, author, kind?]`. */
function revisions(
  ...rows: [number, number, { id: string; name: string }, string?, { id: string; name: string }[]?][]
): GroupableRevision[] {
  return rows.map(([number, minutes, author, kind = "EDIT", extra = []]) => ({
    id: `r${number}`,
    number,
    createdAt: new Date(t0 + minutes * MIN),
    kind,
    message: null,
    author,
    contributors: [author, ...extra].map((user) => ({ user })),
    wordsAdded: number,
    wordsRemoved: 1,
  }));
}

const shape = (entries: ReturnType<typeof groupRevisions>) =>
  entries.map((e) => (e.type === "group" ? e.revisions.map((r) => r.number) : e.revision.number));

describe("groupRevisions", () => {
  it("folds consecutive saves by one author within ten minutes", () => {
    const entries = groupRevisions(revisions([4, 7, elena], [3, 5, elena], [2, 1, elena], [1, 0, omar]));
    expect(shape(entries)).toEqual([[4, 3, 2], 1]);
    const group = entries[0]!;
    expect(group.type).toBe("group");
    if (group.type !== "group") return;
    expect(group.key).toBe("r4");
    expect(group.author).toEqual(elena);
    expect(group.from).toEqual(new Date(t0 + 1 * MIN));
    expect(group.to).toEqual(new Date(t0 + 7 * MIN));
    expect(group.wordsAdded).toBe(4 + 3 + 2);
    expect(group.wordsRemoved).toBe(3);
  });

  it("never drops or reorders a revision", () => {
    const input = revisions(
      [9, 40, elena],
      [8, 39, omar],
      [7, 38, omar],
      [6, 20, omar],
      [5, 19, elena, "RESTORE"],
      [4, 18, elena],
      [3, 3, elena],
      [2, 2, elena],
      [1, 1, elena],
    );
    const flat = groupRevisions(input).flatMap((e) => (e.type === "group" ? e.revisions : [e.revision]));
    expect(flat).toEqual(input);
  });

  it("starts a new group once the first and last saves are more than ten minutes apart", () => {
    // A save every 4 minutes for 20 minutes: groups span at most the window.
    const input = revisions(
      [6, 20, elena],
      [5, 16, elena],
      [4, 12, elena],
      [3, 8, elena],
      [2, 4, elena],
      [1, 0, elena],
    );
    expect(shape(groupRevisions(input))).toEqual([
      [6, 5, 4],
      [3, 2, 1],
    ]);
    // Exactly at the window still folds.
    expect(shape(groupRevisions(revisions([2, 10, elena], [1, 0, elena])))).toEqual([[2, 1]]);
    expect(shape(groupRevisions(revisions([2, 10, elena], [1, 0, elena]), GROUP_WINDOW_MS - 1))).toEqual([
      2, 1,
    ]);
  });

  it("keeps merges, restores and other authors' saves on their own", () => {
    const input = revisions(
      [5, 5, elena],
      [4, 4, elena, "MERGE", [omar]],
      [3, 3, elena, "RESTORE"],
      [2, 2, omar],
      [1, 1, elena],
    );
    expect(shape(groupRevisions(input))).toEqual([5, 4, 3, 2, 1]);
  });

  it("keeps a save with a message on its own", () => {
    const input = revisions([3, 3, elena], [2, 2, elena], [1, 1, elena]);
    input[1] = { ...input[1]!, message: "My version (conflicted with #1)" };
    expect(shape(groupRevisions(input))).toEqual([3, 2, 1]);
  });

  it("does not fold across a gap in numbering", () => {
    expect(shape(groupRevisions(revisions([5, 2, elena], [3, 1, elena])))).toEqual([5, 3]);
  });

  it("handles an empty history", () => {
    expect(groupRevisions([])).toEqual([]);
  });
});

describe("contributorNames", () => {
  it("credits the author first, then everyone else once", () => {
    const [merge] = revisions([4, 0, omar, "MERGE", [elena]]);
    expect(contributorNames(merge!)).toBe("Omar Analyst & Elena Editor");
    const [plain] = revisions([1, 0, elena]);
    expect(contributorNames(plain!)).toBe("Elena Editor");
    expect(contributorNames({ author: elena, contributors: [] })).toBe("Elena Editor");
  });

  it("joins three or more names with commas", () => {
    expect(joinNames(["A", "B", "C"])).toBe("A, B & C");
    expect(joinNames([])).toBe("");
  });
});

describe("clock formatting", () => {
  const now = new Date(2026, 10, 27, 18, 0);
  it("shows only the time today and the day otherwise", () => {
    expect(formatClock(new Date(2026, 10, 27, 14, 2), now)).toBe("14:02");
    expect(formatClock(new Date(2026, 10, 25, 9, 5), now)).toBe("Nov 25, 09:05");
    expect(formatClock(new Date(2025, 0, 3, 9, 5), now)).toBe("Jan 3, 2025, 09:05");
  });

  it("formats a range with one day", () => {
    expect(formatClockRange(new Date(2026, 10, 27, 14, 2), new Date(2026, 10, 27, 14, 9), now)).toBe(
      "14:02–14:09",
    );
    expect(formatClockRange(new Date(2026, 10, 25, 14, 2), new Date(2026, 10, 25, 14, 9), now)).toBe(
      "Nov 25, 14:02–14:09",
    );
    expect(formatClockRange(new Date(2026, 10, 27, 14, 2, 5), new Date(2026, 10, 27, 14, 2, 50), now)).toBe(
      "14:02",
    );
  });

  it("formats word deltas with a true minus sign", () => {
    expect(formatWordDelta(12, 3)).toBe("+12 −3");
    expect(formatWordDelta(0, 0)).toBe("±0");
    expect(formatWordDelta(1200, 0)).toBe("+1,200 −0");
  });
});
