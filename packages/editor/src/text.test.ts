import { describe, expect, it } from "vitest";
import { cell, doc, h, li, link, ol, p, quote, row, table, text, ul } from "./testing.ts";
import { documentToPlainText, emptyDocument, isDocumentEmpty } from "./text.ts";
import { validateDocument } from "./validate.ts";
import { countWords } from "./words.ts";

describe("documentToPlainText", () => {
  const section = doc(
    h(2, "Overview"),
    p(
      text("The "),
      text("economy", [{ type: "bold" }]),
      text(" grew."),
      { type: "hardBreak" },
      text("Next line."),
    ),
    ul(li(p(text("first")), ol(li(p(text("nested"))))), li(p(text("second")))),
    quote(p(text("Quoted.")), p(text("Again."))),
    { type: "horizontalRule" },
    table(
      row(cell("Year", "tableHeader"), cell("GDP", "tableHeader")),
      row(cell("2024"), { type: "tableCell", content: [p()] }),
    ),
    p(),
    p(link("source", "https://example.org")),
  );

  it("separates blocks by blank lines, list items by lines and cells by tabs", () => {
    expect(documentToPlainText(section)).toBe(
      [
        "Overview",
        "The economy grew.\nNext line.",
        "first\nnested\nsecond",
        "Quoted.\n\nAgain.",
        "Year\tGDP\n2024\t",
        "source",
      ].join("\n\n"),
    );
  });

  it("takes a parsed node as well as JSON", () => {
    const result = validateDocument(section);
    if (!result.ok) throw new Error(result.error);
    expect(documentToPlainText(result.doc)).toBe(documentToPlainText(section));
  });

  it("throws on JSON that is not a document", () => {
    expect(() => documentToPlainText({ type: "doc", content: [{ type: "nope" }] })).toThrow();
  });
});

describe("countWords", () => {
  it.each([
    ["", 0],
    ["   \n\t ", 0],
    ["— – - ... !?", 0],
    ["one", 1],
    ["one two  three\nfour\tfive", 5],
    ["The U.S. and the U.K. agreed.", 6],
    ["don't it’s well-known co‑operation", 4],
    ["GDP grew 3.5% to $1,200,000 in 2024", 7],
    ["pre-2020 levels, i.e. lower", 4],
    ["word—word and/or this", 5],
    ["Ελλάδα Россия Türkiye São Paulo", 5],
    ["naïve café (décor)", 3],
    ["中文 日本語", 2],
    ["'quoted' -dash- end.", 3],
  ])("%j has %i words", (input, expected) => {
    expect(countWords(input)).toBe(expected);
  });
});

describe("empty documents", () => {
  it("emptyDocument is a single empty paragraph, and valid", () => {
    expect(emptyDocument()).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    expect(emptyDocument()).not.toBe(emptyDocument());
    expect(validateDocument(emptyDocument()).ok).toBe(true);
  });

  it("isDocumentEmpty is about words, not nodes", () => {
    expect(isDocumentEmpty(emptyDocument())).toBe(true);
    expect(isDocumentEmpty(doc(p(), p(text("  ")), { type: "horizontalRule" }, ul(li(p()))))).toBe(true);
    expect(isDocumentEmpty(doc(table(row({ type: "tableCell", content: [p()] }))))).toBe(true);
    expect(isDocumentEmpty(doc(p(), p(text("x"))))).toBe(false);
    expect(isDocumentEmpty(doc(table(row(cell("2024")))))).toBe(false);
  });
});
