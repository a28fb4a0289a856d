import { describe, expect, it } from "vitest";
import { wordDelta } from "./word-delta.ts";

describe("wordDelta", () => {
  it("counts words added and removed", () => {
    expect(wordDelta("the quick brown fox", "the slow brown fox jumps")).toEqual({ added: 2, removed: 1 });
    expect(wordDelta("", "one two")).toEqual({ added: 2, removed: 0 });
    expect(wordDelta("same text", "same text")).toEqual({ added: 0, removed: 0 });
  });

  it("stays exact in total on a complete rewrite of a long text", () => {
    const before = Array.from({ length: 5000 }, (_, i) => `a${i}`).join(" ");
    const after = Array.from({ length: 4000 }, (_, i) => `b${i}`).join(" ");
    expect(wordDelta(before, after)).toEqual({ added: 4000, removed: 5000 });
  });
});
