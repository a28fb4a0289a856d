import { describe, expect, it } from "vitest";
import { buildOutline, completeness, firstLeaf } from "./outline.ts";

const s = (id: string, parentId: string | null, position: number, isLeaf: boolean, filled = false) => ({
  id,
  parentId,
  position,
  isLeaf,
  filled,
});

describe("outline", () => {
  const sections = [
    s("overview", null, 1, false),
    s("preface", null, 0, true, true),
    s("profile", "overview", 2, true),
    s("history", "overview", 3, false),
    s("milestones", "history", 4, true, true),
  ];

  it("nests sections under their parents in position order", () => {
    const tree = buildOutline(sections);
    expect(tree.map((n) => n.id)).toEqual(["preface", "overview"]);
    expect(tree[1]?.children.map((n) => n.id)).toEqual(["profile", "history"]);
    expect(tree[1]?.children[1]?.children.map((n) => n.id)).toEqual(["milestones"]);
  });

  it("keeps an orphan visible at the top level", () => {
    expect(buildOutline([s("lost", "gone", 0, true)]).map((n) => n.id)).toEqual(["lost"]);
  });

  it("finds the first leaf and counts filled leaves only", () => {
    expect(firstLeaf(sections)?.id).toBe("preface");
    expect(completeness(sections)).toEqual({ filled: 2, total: 3 });
  });
});
