import { documentSchema } from "@dossier/editor";
import { Node as PMNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { findTerms, termPattern } from "./find-terms.ts";
import { highlightTerms, sectionHref } from "./search-links.ts";

const text = (value: string, marks?: { type: string }[]) => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});
const docOf = (...paragraphs: object[][]) =>
  PMNode.fromJSON(documentSchema, {
    type: "doc",
    content: paragraphs.map((content) => ({ type: "paragraph", content })),
  });
const words = (doc: PMNode, terms: string[]) =>
  findTerms(doc, terms).map(({ from, to }) => doc.textBetween(from, to));

describe("findTerms", () => {
  it("finds whole words case-insensitively, in every paragraph", () => {
    const doc = docOf([text("The Wagner Group arrived.")], [text("Later the wagner group left the groups.")]);
    expect(words(doc, ["wagner", "group"])).toEqual(["Wagner", "Group", "wagner", "group"]);
  });

  it("reads across marks that split a word's paragraph into several text nodes", () => {
    const doc = docOf([text("Sanctions on "), text("Wag", [{ type: "bold" }]), text("ner Group")]);
    expect(words(doc, ["wagner"])).toEqual(["Wagner"]);
  });

  it("treats search syntax in the terms as plain text", () => {
    const doc = docOf([text("a.b axb c*d cccd")]);
    expect(words(doc, ["a.b", "c*d"])).toEqual(["a.b", "c*d"]);
    expect(termPattern(["", "  "])).toBeNull();
    expect(findTerms(doc, [])).toEqual([]);
  });
});

describe("search links", () => {
  it("carries the matched words to the section and reads them back", () => {
    const href = sectionHref("b1", "crises", ["wagner", "group"]);
    expect(href).toBe("/briefs/b1/crises?highlight=wagner+group");
    expect(highlightTerms(new URL(href, "http://x").searchParams.get("highlight"))).toEqual([
      "wagner",
      "group",
    ]);
    expect(sectionHref("b1", "crises")).toBe("/briefs/b1/crises");
    expect(highlightTerms(null)).toEqual([]);
    expect(highlightTerms("a A  b")).toEqual(["a", "b"]);
  });
});
