import { describe, expect, it } from "vitest";
import { diffTexts } from "./text-changes.ts";

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
    const inserted = diffTexts("ab", "aXb");
    expect(inserted.mapRange(0, 2)).toBeNull(); // insertion strictly inside
    expect(inserted.mapRange(0, 1)).toEqual({ start: 0, end: 1 }); // insertion right after
    expect(inserted.mapRange(1, 2)).toEqual({ start: 2, end: 3 }); // insertion right before
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
