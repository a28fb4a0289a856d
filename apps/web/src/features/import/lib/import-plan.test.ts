import { describe, expect, it } from "vitest";
import { importFormSchema } from "./import-form.ts";
import { describeUnmatched, leafChoices, type PlannedSection, type UnmatchedText } from "./import-plan.ts";

const section = (key: string, title: string, parentKey: string | null, isLeaf: boolean) =>
  ({
    key,
    title,
    parentKey,
    isLeaf,
    depth: parentKey ? 1 : 0,
    heading: null,
    document: null,
    words: 0,
    receives: [],
  }) as PlannedSection;

describe("import plan helpers", () => {
  it("offers leaves only, named with their part", () => {
    const sections = [
      section("overview", "1. Overview", null, false),
      section("profile", "Country Profile", "overview", true),
      section("preface", "Preface", null, true),
    ];
    expect(leafChoices(sections)).toEqual([
      { key: "profile", label: "Country Profile — 1. Overview" },
      { key: "preface", label: "Preface" },
    ]);
  });

  it("names each kind of unmatched text", () => {
    const piece = (kind: UnmatchedText["kind"], heading: string | null) =>
      ({
        id: "x",
        kind,
        heading,
        line: 1,
        words: 3,
        excerpt: "",
        defaultTarget: "a",
        target: "a",
      }) as UnmatchedText;
    expect(describeUnmatched(piece("heading", "Annex: Maps"))).toBe("“Annex: Maps”");
    expect(describeUnmatched(piece("preamble", null))).toBe("Text before the first section heading");
    expect(describeUnmatched(piece("under-parent", "1. Overview"))).toBe("Text directly under “1. Overview”");
  });

  it("checks the country like the server, and a blank title means the standard one", () => {
    expect(importFormSchema.parse({ country: " Mali ", title: "  " })).toEqual({
      country: "Mali",
      title: undefined,
    });
    expect(importFormSchema.safeParse({ country: "M", title: "" }).success).toBe(false);
  });
});
