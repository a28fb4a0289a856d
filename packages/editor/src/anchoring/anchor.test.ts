import { isStorableText } from "@dossier/schema";
import type { Node as PMNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { doc, h, li, p, text, ul } from "../testing.ts";
import { createAnchor, resolveAnchor } from "./anchor.ts";
import { anchorTextOf, toDocNode } from "./anchor-text.ts";

const brief = toDocNode(
  doc(
    h(2, "Politics"),
    p(text("The ruling party "), text("lost", [{ type: "italic" }]), text(" its majority in 2024.")),
    ul(li(p(text("Coalition talks stalled."))), li(p(text("The ruling party may split.")))),
  ),
);

/** The PM range of the n-th occurrence of `value`, as a user's selection would be. */
function rangeOf(node: PMNode, value: string, nth = 0) {
  const { text: all, toPos } = anchorTextOf(node);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = all.indexOf(value, at + 1);
  if (at < 0) throw new Error(`no ${value}`);
  return { from: toPos(at), to: toPos(at + value.length) };
}

describe("createAnchor", () => {
  it("records the quote with its context and its offsets", () => {
    const { from, to } = rangeOf(brief, "lost its majority");
    expect(createAnchor(brief, from, to)).toEqual({
      quote: {
        exact: "lost its majority",
        prefix: "Politics\nThe ruling party ",
        suffix: " in 2024.\nCoalition talks stalle",
      },
      position: { start: 26, end: 43 },
    });
  });

  it("keeps at most 32 characters of context and accepts a backwards selection", () => {
    const { from, to } = rangeOf(brief, "split");
    const anchor = createAnchor(brief, to, from);
    expect(anchor.quote.exact).toBe("split");
    expect(anchor.quote.prefix).toBe("s stalled.\nThe ruling party may ");
    expect(anchor.quote.prefix).toHaveLength(32);
    expect(anchor.quote.suffix).toBe("."); // The end of the document.
  });
});

// Issue 8, defect 2: context cut at 32 UTF-16 units split an emoji into a lone surrogate, which
// PostgreSQL refused, and every later save of the section answered 500.
describe("createAnchor around emoji", () => {
  const hasLoneSurrogate = (value: string) => !isStorableText(value);

  it("never cuts context through an emoji, a flag or a family", () => {
    // Every emoji position relative to the 32-unit edge, on both sides of the quote.
    for (let pad = 0; pad < 16; pad++) {
      const filler = "x".repeat(pad);
      const emoji = "😀🇸🇳👨‍👩‍👧".repeat(4);
      const node = toDocNode(doc(p(text(`${emoji}${filler} alpha target beta ${filler}${emoji}`))));
      const { from, to } = rangeOf(node, "target");
      const anchor = createAnchor(node, from, to);
      for (const part of [anchor.quote.prefix, anchor.quote.suffix]) {
        expect(hasLoneSurrogate(part)).toBe(false);
        expect(part.length).toBeLessThanOrEqual(32);
      }
      expect(anchor.quote.prefix.endsWith(" alpha ")).toBe(true);
      expect(anchor.quote.suffix.startsWith(" beta ")).toBe(true);
      expect(resolveAnchor(node, anchor)).toEqual({ from, to });
    }
  });

  it("leaves out half an emoji when a selection ends inside it", () => {
    const node = toDocNode(doc(p(text("go 😀 now"))));
    const { toPos } = anchorTextOf(node);
    // Offsets 3–5 are the emoji's two halves.
    const after = createAnchor(node, toPos(4), toPos(9));
    expect(after.quote.exact).toBe(" now");
    expect(after.position).toEqual({ start: 5, end: 9 });
    expect(createAnchor(node, toPos(0), toPos(4)).quote.exact).toBe("go ");
  });
});

describe("resolveAnchor", () => {
  it("round-trips a selection inside one block, marks included", () => {
    const range = rangeOf(brief, "party lost its");
    const back = resolveAnchor(brief, createAnchor(brief, range.from, range.to));
    expect(back).toEqual(range);
    expect(brief.textBetween(range.from, range.to)).toBe("party lost its");
  });

  it("round-trips a selection across blocks", () => {
    const range = rangeOf(brief, "2024.\nCoalition");
    const anchor = createAnchor(brief, range.from, range.to);
    expect(resolveAnchor(brief, anchor)).toEqual(range);
    expect(brief.textBetween(range.from, range.to, "\n")).toBe(anchor.quote.exact);
  });

  it("finds the quote by its context when the position is stale, and gives null when it is gone", () => {
    const range = rangeOf(brief, "The ruling party", 1);
    const anchor = createAnchor(brief, range.from, range.to);
    const stale = { ...anchor, position: { start: 0, end: 16 } };
    expect(resolveAnchor(brief, stale)).toEqual(range);
    const gone = { ...anchor, quote: { ...anchor.quote, exact: "opposition" } };
    expect(resolveAnchor(brief, gone)).toBeNull();
  });

  it("resolves against JSON too", () => {
    const json = doc(p(text("alpha beta")));
    const anchor = createAnchor(json, 7, 11);
    expect(anchor.quote.exact).toBe("beta");
    expect(resolveAnchor(json, anchor)).toEqual({ from: 7, to: 11 });
  });
});
