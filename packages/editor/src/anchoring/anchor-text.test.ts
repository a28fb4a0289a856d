import type { Node as PMNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { cell, doc, h, li, p, quote, row, table, text, ul } from "../testing.ts";
import { anchorTextOf, toDocNode } from "./anchor-text.ts";

const section = toDocNode(
  doc(
    h(2, "Overview"),
    p(
      text("The "),
      text("economy", [{ type: "bold" }]),
      text(" grew."),
      { type: "hardBreak" },
      text("Next."),
    ),
    { type: "horizontalRule" },
    ul(li(p(text("first"))), li(p(text("second")))),
    quote(p(text("Quoted."))),
    table(row(cell("Year", "tableHeader"), cell("GDP", "tableHeader")), row(cell("2024"), cell("1.2"))),
    p(),
    p(text("End")),
  ),
);

/** What ProseMirror itself says is between two positions, with our separators. */
const pmText = (node: PMNode, from: number, to: number) =>
  node.textBetween(from, to, "\n", (leaf) => (leaf.type.name === "hardBreak" ? "\n" : ""));

describe("anchorTextOf", () => {
  it("joins textblocks with one newline, keeps empty ones and turns hard breaks into newlines", () => {
    expect(anchorTextOf(section).text).toBe(
      "Overview\nThe economy grew.\nNext.\nfirst\nsecond\nQuoted.\nYear\nGDP\n2024\n1.2\n\nEnd",
    );
  });

  it("maps every offset to a position whose text agrees with ProseMirror's", () => {
    const { text: all, toPos, toOffset } = anchorTextOf(section);
    for (let start = 0; start <= all.length; start++) {
      expect(toOffset(toPos(start))).toBe(start);
      for (let end = start; end <= all.length; end += 3) {
        expect(pmText(section, toPos(start), toPos(end))).toBe(all.slice(start, end));
      }
    }
  });

  it("puts positions between blocks at the nearest text on the side asked for", () => {
    const { text: all, toOffset } = anchorTextOf(section);
    let rulePos = -1;
    section.forEach((child, offset) => {
      if (child.type.name === "horizontalRule") rulePos = offset;
    });
    // Before the rule is the end of "Next."; after it, the start of "first".
    expect(all.slice(0, toOffset(rulePos, -1)).endsWith("Next.")).toBe(true);
    expect(all.slice(toOffset(rulePos, 1)).startsWith("first")).toBe(true);
    expect(all.slice(toOffset(rulePos + 1, 1)).startsWith("first")).toBe(true);
    expect(toOffset(0)).toBe(0);
    expect(toOffset(section.content.size)).toBe(all.length);
  });

  it("clamps offsets outside the text and copes with a document without text", () => {
    const { text: all, toPos } = anchorTextOf(section);
    expect(toPos(-5)).toBe(toPos(0));
    expect(toPos(all.length + 5)).toBe(toPos(all.length));
    const rules = anchorTextOf(doc({ type: "horizontalRule" }));
    expect(rules.text).toBe("");
    expect(rules.toPos(3)).toBe(0);
    expect(rules.toOffset(1)).toBe(0);
  });

  it("is built once per document node and accepts JSON", () => {
    expect(anchorTextOf(section)).toBe(anchorTextOf(section));
    expect(anchorTextOf(doc(p(text("a")), p(text("b")))).text).toBe("a\nb");
    expect(() => anchorTextOf(doc({ type: "nope" }))).toThrow();
  });
});
