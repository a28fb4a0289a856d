import { describe, expect, it } from "vitest";
import { matchedTerms, parseHeadline } from "./snippet.ts";

const S = "\u0002";
const E = "\u0003";
const F = "\u001f";

describe("parseHeadline", () => {
  it("splits ts_headline output into plain and matched segments", () => {
    expect(parseHeadline(`The ${S}sanctions${E} bite; ${S}sanctioned${E} banks fold`)).toEqual([
      { text: "The ", match: false },
      { text: "sanctions", match: true },
      { text: " bite; ", match: false },
      { text: "sanctioned", match: true },
      { text: " banks fold", match: false },
    ]);
  });

  it("joins fragments with an ellipsis and collapses whitespace, dropping empty fragments", () => {
    expect(parseHeadline(`a ${S}x${E}\n\n b${F}  ${F}c  ${S}x${E}`)).toEqual([
      { text: "a ", match: false },
      { text: "x", match: true },
      { text: " b", match: false },
      { text: " … ", match: false },
      { text: "c ", match: false },
      { text: "x", match: true },
    ]);
  });

  it("keeps markup-looking user text as text: only our control characters mark matches", () => {
    const segments = parseHeadline(`<b>not a match</b> <script>x</script> ${S}law${E}`);
    expect(segments).toEqual([
      { text: "<b>not a match</b> <script>x</script> ", match: false },
      { text: "law", match: true },
    ]);
  });

  it("returns no segments for an empty headline (a section with no text)", () => {
    expect(parseHeadline("")).toEqual([]);
  });
});

describe("matchedTerms", () => {
  it("lists each matched word once, lower-cased, in order", () => {
    const segments = parseHeadline(`${S}Rule${E} of ${S}law${E} … ${S}rule${E}`);
    expect(matchedTerms(segments)).toEqual(["rule", "law"]);
  });
});
