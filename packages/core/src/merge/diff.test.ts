import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diff, type Hunk } from "./diff.ts";
import { diff3 } from "./diff3.ts";

/** Applies hunks to base; must give back the other sequence. */
function apply(base: number[], other: number[], hunks: Hunk[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const h of hunks) {
    out.push(...base.slice(at, h.baseStart), ...other.slice(h.otherStart, h.otherEnd));
    at = h.baseEnd;
  }
  return [...out, ...base.slice(at)];
}

const sequence = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 });

describe("diff", () => {
  it("finds one replace hunk for one change", () => {
    expect(diff([1, 2, 3], [1, 9, 3])).toEqual([{ baseStart: 1, baseEnd: 2, otherStart: 1, otherEnd: 2 }]);
    expect(diff([1, 2, 3], [1, 2, 3])).toEqual([]);
    expect(diff([], [4])).toEqual([{ baseStart: 0, baseEnd: 0, otherStart: 0, otherEnd: 1 }]);
  });

  it("gives hunks that rebuild the other sequence, separated by unchanged elements", () => {
    fc.assert(
      fc.property(sequence, sequence, (base, other) => {
        const hunks = diff(base, other);
        expect(apply(base, other, hunks)).toEqual(other);
        for (let i = 1; i < hunks.length; i++) {
          expect(hunks[i]!.baseStart).toBeGreaterThan(hunks[i - 1]!.baseEnd);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is minimal on a small known case", () => {
    // "ABCABBA" → "CBABAC": the classic Myers example has an edit distance of 5.
    const hunks = diff([1, 2, 3, 1, 2, 2, 1], [3, 2, 1, 2, 1, 3]);
    const edits = hunks.reduce((n, h) => n + (h.baseEnd - h.baseStart) + (h.otherEnd - h.otherStart), 0);
    expect(edits).toBe(5);
  });
});

describe("diff3", () => {
  it("covers all three sequences in order", () => {
    fc.assert(
      fc.property(sequence, sequence, sequence, (base, theirs, mine) => {
        const regions = diff3(base, theirs, mine);
        const ends = { base: 0, theirs: 0, mine: 0 };
        for (const region of regions) {
          for (const side of ["base", "theirs", "mine"] as const) {
            expect(region[side].start).toBe(ends[side]);
            ends[side] = region[side].end;
          }
        }
        expect(ends).toEqual({ base: base.length, theirs: theirs.length, mine: mine.length });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps changes to neighbouring elements apart, but not an insertion next to a change", () => {
    expect(diff3([1, 2, 3], [1, 8, 3], [1, 2, 9]).map((r) => r.kind)).toEqual(["same", "theirs", "mine"]);
    expect(diff3([1, 2, 3], [1, 8, 3], [1, 2, 7, 3]).map((r) => r.kind)).toEqual(["same", "both", "same"]);
    expect(diff3([1, 2], [1, 8, 2], [1, 9, 2]).map((r) => r.kind)).toEqual(["same", "both", "same"]);
  });
});
