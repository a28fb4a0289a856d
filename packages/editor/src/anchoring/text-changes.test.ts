import { diffText1, diffText2 } from "diff-match-patch-es";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffTexts } from "./text-changes.ts";
import { textDiff } from "./text-diff.ts";

describe("diffTexts", () => {
  it("has no hunks for equal texts and maps everything onto itself", () => {
    const changes = diffTexts("same text", "same text");
    expect(changes.hunks).toEqual([]);
    expect(changes.mapRange(2, 6)).toEqual({ start: 2, end: 6 });
    expect(changes.mapPoint(9)).toBe(9);
  });

  it("shifts ranges after an edit and leaves ranges before it alone", () => {
    const changes = diffTexts("The cat sat on the mat.", "The big cat sat on the mat.");
    expect(changes.mapRange(0, 3)).toEqual({ start: 0, end: 3 }); // "The"
    expect(changes.mapRange(4, 7)).toEqual({ start: 8, end: 11 }); // "cat": insertion at its start
    expect(changes.mapRange(19, 22)).toEqual({ start: 23, end: 26 }); // "mat"
  });

  it("reports ranges an edit touches, and edits at a range's edges as outside it", () => {
    const changes = diffTexts("alpha beta gamma", "alpha bXta gamma");
    expect(changes.mapRange(6, 10)).toBeNull(); // "beta"
    expect(changes.mapRange(0, 5)).toEqual({ start: 0, end: 5 });
    const inserted = diffTexts("one two", "one new two");
    expect(inserted.mapRange(0, 7)).toBeNull(); // insertion strictly inside
    expect(inserted.mapRange(0, 3)).toEqual({ start: 0, end: 3 }); // insertion right after
    expect(inserted.mapRange(4, 7)).toEqual({ start: 8, end: 11 }); // insertion right before
  });

  it("maps points inside an edit to its start, and points after it along with the text", () => {
    const changes = diffTexts("one two three", "one 2 three");
    expect(changes.hunks).toEqual([{ oldStart: 4, oldEnd: 7, newStart: 4, newEnd: 5 }]);
    expect(changes.mapPoint(5)).toBe(4);
    expect(changes.mapPoint(4)).toBe(4);
    expect(changes.mapPoint(7)).toBe(5);
    expect(changes.mapPoint(8)).toBe(6); // " three" moved back by two
  });
});

describe("diffTexts reads ambiguous edits in the quote's favour", () => {
  it("slides a deletion in repeated text out of a range", () => {
    // "the the plan" → "the plan": the diff may say the second "the" went; it could be the first.
    const changes = diffTexts("It is the the plan.", "It is the plan.");
    expect(changes.mapRange(10, 13)).toEqual({ start: 6, end: 9 });
    expect(changes.mapRange(6, 9)).toEqual({ start: 6, end: 9 });
  });

  it("slides an insertion in repeated text out of a range", () => {
    const changes = diffTexts("ha ha", "ha ha ha");
    for (const [start, end] of [
      [0, 2],
      [3, 5],
      [0, 5],
    ] as const) {
      const mapped = changes.mapRange(start, end);
      expect(mapped && "ha ha ha".slice(mapped.start, mapped.end)).toBe("ha ha".slice(start, end));
    }
  });

  it("never slides a replacement", () => {
    expect(diffTexts("abc", "aXc").mapRange(0, 3)).toBeNull();
    // One hunk, " the" → "!", before the second "the": that one is untouched and just moves.
    expect(diffTexts("x the the y", "x! the y").mapRange(6, 9)).toEqual({ start: 3, end: 6 });
  });
});

describe("textDiff", () => {
  it("keeps a moved line whole instead of pairing its words with a look-alike", () => {
    const diffs = textDiff(
      "Reserves.\nRisks: it may fall.\nOutlook.",
      "Risks: it may fall.\nReserves.\nUpside: it may fall too.\nOutlook.",
      Date.now() + 1000,
    );
    expect(diffs.some(([, text]) => text.includes("Risks: it may fall."))).toBe(true);
    expect(diffs.some(([op, text]) => op === 0 && text.includes("may fall") && !text.includes("Risks"))).toBe(
      false,
    );
  });

  it("changes whole words, not letters", () => {
    expect(textDiff("the cat sat", "the cart sat", Date.now() + 1000)).toEqual([
      [0, "the "],
      [-1, "cat"],
      [1, "cart"],
      [0, " sat"],
    ]);
  });
});

describe("diff properties", () => {
  // Short texts over a few letters, spaces and newlines: lots of repeats and look-alike lines.
  const texts = fc.string({ unit: fc.constantFrom("a", "b", "ab", " ", "\n", "é", "😀"), maxLength: 30 });

  it("spells out both texts exactly", () => {
    fc.assert(
      fc.property(texts, texts, (a, b) => {
        const diffs = textDiff(a, b, Date.now() + 1000);
        expect(diffText1(diffs)).toBe(a);
        expect(diffText2(diffs)).toBe(b);
      }),
      { numRuns: 500 },
    );
  });

  it("maps a range only onto the same text", () => {
    fc.assert(
      fc.property(texts, texts, fc.nat(), fc.nat(), (a, b, x, y) => {
        const [start, end] = [x % (a.length + 1), y % (a.length + 1)].sort((m, n) => m - n) as [
          number,
          number,
        ];
        const mapped = diffTexts(a, b).mapRange(start, end);
        if (mapped) expect(b.slice(mapped.start, mapped.end)).toBe(a.slice(start, end));
      }),
      { numRuns: 500 },
    );
  });
});
