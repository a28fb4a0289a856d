import { describe, expect, it } from "vitest";
import {
  buildOutline,
  completeness,
  filterOutline,
  firstLeaf,
  neighbourLeaves,
  type OutlineNode,
} from "./outline.ts";

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

  it("names the leaves either side of the open one, in reading order, skipping groups", () => {
    const keyed = sections.map((x) => ({ ...x, key: x.id }));
    expect(neighbourLeaves(keyed, "profile")).toEqual(["preface", "milestones"]);
    expect(neighbourLeaves(keyed, "preface")).toEqual(["profile"]);
    expect(neighbourLeaves(keyed, "milestones")).toEqual(["profile"]);
    expect(neighbourLeaves(keyed, "overview")).toEqual([]);
    expect(neighbourLeaves(keyed, null)).toEqual([]);
  });

  it("reaches further when asked, nearest first", () => {
    const keyed = sections.map((x) => ({ ...x, key: x.id }));
    expect(neighbourLeaves(keyed, "preface", 2)).toEqual(["profile", "milestones"]);
    expect(neighbourLeaves(keyed, "milestones", 2)).toEqual(["profile", "preface"]);
  });

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

describe("filterOutline", () => {
  const titled = [
    { ...s("overview", null, 0, false), title: "1. Overview" },
    { ...s("profile", "overview", 1, true), title: "Country Profile" },
    { ...s("history", "overview", 2, false), title: "History of Relations" },
    { ...s("milestones", "history", 3, true), title: "Key Milestones" },
    { ...s("crises", null, 4, true), title: "Crises" },
    { ...s("security", null, 5, false), title: "Sécurité" },
    { ...s("forces", "security", 6, true), title: "Forces" },
  ];
  const ids = (nodes: OutlineNode<(typeof titled)[number]>[]): string[] =>
    nodes.flatMap((n) => [n.id, ...ids(n.children)]);
  const tree = buildOutline(titled);

  it("keeps matches with the parents above them", () => {
    expect(ids(filterOutline(tree, "milest"))).toEqual(["overview", "history", "milestones"]);
    expect(ids(filterOutline(tree, "CRI"))).toEqual(["crises"]);
  });

  it("keeps a matching parent's whole subtree, ignores accents, needs every word", () => {
    expect(ids(filterOutline(tree, "history"))).toEqual(["overview", "history", "milestones"]);
    expect(ids(filterOutline(tree, "securite"))).toEqual(["security", "forces"]);
    expect(ids(filterOutline(tree, "key zebra"))).toEqual([]);
  });

  it("keeps everything for a blank filter", () => {
    expect(ids(filterOutline(tree, "  "))).toEqual(ids(tree));
  });
});
