import type { JSONContent } from "@tiptap/core";
import { getSchema } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentSchema } from "../extensions.ts";
import { documentToPlainText } from "../text.ts";
import { validateDocument } from "../validate.ts";
import { diffDocuments } from "./diff.ts";
import { createDiffExtensions } from "./extensions.ts";
import { changeNumbers, sideOf } from "./testing.ts";

const diffSchema = getSchema(createDiffExtensions());

// A tiny vocabulary, so two random documents share words and blocks and the alignment has work to do.
const word = fc.constantFrom("risk", "growth", "vote", "the", "a", "oil", "don't", "1,000", "U.S.", "é");
const separator = fc.constantFrom(" ", " ", ", ", ". ", " — ", "\u00a0");
const phrase = fc
  .array(fc.tuple(separator, word), { minLength: 1, maxLength: 6 })
  .map((pairs) => pairs.map(([sep, w], i) => (i ? sep : "") + w).join(""));
type MarkJSON = { type: string; attrs?: Record<string, unknown> };
const marks: fc.Arbitrary<MarkJSON[]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<MarkJSON[]>([]) },
  fc.constant<MarkJSON[]>([{ type: "code" }]),
  fc
    .tuple(fc.subarray(["bold", "italic"]), fc.option(fc.constantFrom("/a", "/b")))
    .map(([names, href]) => [
      ...names.map((type) => ({ type })),
      ...(href ? [{ type: "link", attrs: { href } }] : []),
    ]),
);
const inline = fc.array(
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.tuple(phrase, marks).map(([t, m]): JSONContent => ({ type: "text", text: t, marks: m })),
    },
    { weight: 1, arbitrary: fc.constant<JSONContent>({ type: "hardBreak" }) },
  ),
  { maxLength: 4 },
);
const withContent = (type: string, content: JSONContent[], attrs?: Record<string, unknown>): JSONContent => ({
  type,
  ...(attrs ? { attrs } : {}),
  ...(content.length ? { content } : {}),
});
const paragraph = inline.map((c) => withContent("paragraph", c));
const leaf: fc.Arbitrary<JSONContent> = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(2, 3), inline)
      .map(([level, c]) => withContent("heading", c, { level })),
  },
  fc.option(phrase).map((t) => withContent("codeBlock", t ? [{ type: "text", text: t }] : [])),
  fc.constant<JSONContent>({ type: "horizontalRule" }),
);
const block: fc.Arbitrary<JSONContent> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  fc.array(leaf, { minLength: 1, maxLength: 2 }).map((c) => withContent("blockquote", c)),
  fc
    .tuple(
      fc.constantFrom("bulletList", "orderedList"),
      fc.array(fc.tuple(paragraph, fc.array(leaf, { maxLength: 1 })), { minLength: 1, maxLength: 3 }),
    )
    .map(([type, items]) =>
      withContent(
        type,
        items.map(([first, rest]) => withContent("listItem", [first, ...rest])),
      ),
    ),
  fc
    .array(
      fc.array(fc.tuple(fc.constantFrom("tableCell", "tableHeader"), paragraph), {
        minLength: 2,
        maxLength: 2,
      }),
      {
        minLength: 1,
        maxLength: 3,
      },
    )
    .map((rows) =>
      withContent(
        "table",
        rows.map((cells) =>
          withContent(
            "tableRow",
            cells.map(([type, c]) => withContent(type, [c])),
          ),
        ),
      ),
    ),
);

/** What happens to one block of a shared base document on its way to A or B. */
type Edit = {
  kind: "keep" | "drop" | "replace" | "insert" | "retype" | "text" | "marks";
  block: JSONContent;
  word: string;
  mark: MarkJSON[];
  at: number;
};
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(
    "keep",
    "keep",
    "keep",
    "drop",
    "replace",
    "insert",
    "retype",
    "text",
    "text",
    "marks",
  ),
  block,
  word,
  mark: marks,
  at: fc.nat(20),
});

function apply(blocks: JSONContent[], edits: Edit[]): JSONContent[] {
  const out = blocks.flatMap((original, i): JSONContent[] => {
    const e = edits[i];
    const copy = structuredClone(original);
    if (!e || e.kind === "keep") return [copy];
    if (e.kind === "drop") return [];
    if (e.kind === "replace") return [e.block];
    if (e.kind === "insert") return [e.block, copy];
    if (e.kind === "retype") {
      if (copy.type === "paragraph") return [{ ...copy, type: "heading", attrs: { level: 2 } }];
      if (copy.type === "heading") return [{ ...copy, attrs: { level: copy.attrs?.level === 2 ? 3 : 2 } }];
      return [copy];
    }
    const texts: JSONContent[] = [];
    const collect = (node: JSONContent, inCode: boolean) => {
      if (node.type === "text" && !(inCode && e.kind === "marks")) texts.push(node);
      for (const child of node.content ?? []) collect(child, inCode || node.type === "codeBlock");
    };
    collect(copy, false);
    const target = texts[e.at % Math.max(1, texts.length)];
    if (target && e.kind === "text") {
      const parts = (target.text ?? "").split(" ");
      parts.splice(e.at % (parts.length + 1), e.at % 3 === 0 ? 1 : 0, e.word);
      target.text = parts.join(" ") || e.word;
    }
    if (target && e.kind === "marks") target.marks = e.mark;
    return [copy];
  });
  return out.length > 0 ? out : [{ type: "paragraph" }];
}

const edits = (n: number) => fc.array(edit, { minLength: n, maxLength: n });
/** Two revisions: often edits of one base document, sometimes unrelated documents. */
const revisions = fc.oneof(
  fc.tuple(fc.array(block, { minLength: 1, maxLength: 5 }), fc.array(block, { minLength: 1, maxLength: 5 })),
  fc
    .array(block, { minLength: 1, maxLength: 6 })
    .chain((base) => fc.tuple(fc.constant(base), edits(base.length), edits(base.length)))
    .map(([base, ea, eb]) => [apply(base, ea), apply(base, eb)] as const),
  fc
    .array(block, { minLength: 1, maxLength: 6 })
    .chain((base) => fc.tuple(fc.constant(base), edits(base.length)))
    .map(([base, eb]) => [base, apply(base, eb)] as const),
);

function valid(content: readonly JSONContent[]): PMNode {
  const result = validateDocument({ type: "doc", content });
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

describe("diffDocuments properties", () => {
  it("merges A and B into one valid diff document from which either side can be read back", () => {
    fc.assert(
      fc.property(revisions, ([contentA, contentB]) => {
        const a = valid(contentA);
        const b = valid(contentB);
        const diff = diffDocuments(a.toJSON(), b.toJSON());
        PMNode.fromJSON(diffSchema, diff.doc).check();

        // Dropping removed text gives B exactly; dropping added text gives A's text.
        const newSide = PMNode.fromJSON(documentSchema, sideOf(diff.doc, "new"));
        expect(newSide.toJSON()).toEqual(b.toJSON());
        expect(documentToPlainText(newSide)).toBe(documentToPlainText(b));
        expect(documentToPlainText(sideOf(diff.doc, "old"))).toBe(documentToPlainText(a));

        expect(diff.changes === 0).toBe(a.eq(b));
        expect([...new Set(changeNumbers(diff.doc))]).toEqual([...Array(diff.changes).keys()]);
      }),
      { numRuns: 400 },
    );
  });

  it("finds no changes between a document and itself", () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (content) => {
        const json = valid(content).toJSON();
        expect(diffDocuments(json, structuredClone(json))).toEqual({
          doc: json,
          changes: 0,
          wordsAdded: 0,
          wordsRemoved: 0,
        });
      }),
    );
  });
});
