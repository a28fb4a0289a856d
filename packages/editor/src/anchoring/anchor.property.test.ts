import type { JSONContent } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateDocument } from "../validate.ts";
import { createAnchor, resolveAnchor } from "./anchor.ts";
import { anchorTextOf } from "./anchor-text.ts";
import { codePointBoundary } from "./context.ts";

// Documents with every kind of block the projection treats differently: nested textblocks,
// empty ones, hard breaks, code blocks with newlines of their own, rules, tables; text in several
// marked runs, with characters outside the BMP (two positions each).
const chars = fc.constantFrom("a", "b", " ", "é", "😀", ".");
const run = fc
  .tuple(fc.string({ unit: chars, minLength: 1, maxLength: 8 }), fc.subarray(["bold", "italic"]))
  .map(
    ([value, marks]): JSONContent => ({ type: "text", text: value, marks: marks.map((type) => ({ type })) }),
  );
const inline = fc.array(
  fc.oneof({ weight: 4, arbitrary: run }, fc.constant<JSONContent>({ type: "hardBreak" })),
  {
    maxLength: 4,
  },
);
const paragraph = inline.map(
  (content): JSONContent => ({ type: "paragraph", ...(content.length ? { content } : {}) }),
);
const block: fc.Arbitrary<JSONContent> = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  inline.map((content) => ({ type: "heading", attrs: { level: 2 }, ...(content.length ? { content } : {}) })),
  fc
    .string({ unit: fc.constantFrom("x", "\n", " "), minLength: 1, maxLength: 8 })
    .map((code) => ({ type: "codeBlock", content: [{ type: "text", text: code }] })),
  fc.constant({ type: "horizontalRule" }),
  fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((ps) => ({
    type: "bulletList",
    content: ps.map((p) => ({ type: "listItem", content: [p] })),
  })),
  paragraph.map((p) => ({ type: "blockquote", content: [p] })),
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((ps) => ({
    type: "table",
    content: [{ type: "tableRow", content: ps.map((p) => ({ type: "tableCell", content: [p] })) }],
  })),
);
const documents = fc.array(block, { minLength: 1, maxLength: 5 }).map((content): PMNode => {
  const result = validateDocument({ type: "doc", content });
  if (!result.ok) throw new Error(result.error);
  return result.doc;
});

const withHardBreaks = (doc: PMNode, from: number, to: number) =>
  doc.textBetween(from, to, "\n", (leaf) => (leaf.type.name === "hardBreak" ? "\n" : ""));

describe("anchor properties", () => {
  it("createAnchor → resolveAnchor gives back the same range, which reads as the quote", () => {
    fc.assert(
      fc.property(documents, fc.nat(), fc.nat(), (doc, x, y) => {
        const { text, toPos } = anchorTextOf(doc);
        const [start, end] = [x % (text.length + 1), y % (text.length + 1)].sort((a, b) => a - b) as [
          number,
          number,
        ];
        // Ends inside a surrogate pair move inwards (never half an emoji in a quote).
        const inStart = codePointBoundary(text, start, 1);
        const inEnd = Math.max(inStart, codePointBoundary(text, end, -1));
        const anchor = createAnchor(doc, toPos(start), toPos(end));
        const range = { from: toPos(inStart), to: toPos(inEnd) };
        expect(anchor.position).toEqual({ start: inStart, end: inEnd });
        expect(resolveAnchor(doc, anchor)).toEqual(range);
        expect(withHardBreaks(doc, range.from, range.to)).toBe(anchor.quote.exact);
        // Within one block and line, ProseMirror's plain textBetween agrees too.
        if (!anchor.quote.exact.includes("\n"))
          expect(doc.textBetween(range.from, range.to)).toBe(anchor.quote.exact);
      }),
      { numRuns: 300 },
    );
  });

  it("any selection, even one ending between blocks, anchors to the text inside it", () => {
    fc.assert(
      fc.property(documents, fc.nat(), fc.nat(), (doc, x, y) => {
        const [from, to] = [x % (doc.content.size + 1), y % (doc.content.size + 1)];
        const anchor = createAnchor(doc, from, to);
        const range = resolveAnchor(doc, anchor);
        if (!range) throw new Error("a fresh anchor must resolve");
        expect(withHardBreaks(doc, range.from, range.to)).toBe(anchor.quote.exact);
        if (anchor.quote.exact !== "") {
          expect(range.from).toBeGreaterThanOrEqual(Math.min(from, to));
          expect(range.to).toBeLessThanOrEqual(Math.max(from, to));
        }
      }),
      { numRuns: 300 },
    );
  });
});
