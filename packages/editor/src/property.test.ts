import type { JSONContent } from "@tiptap/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentToPlainText } from "./text.ts";
import { validateDocument } from "./validate.ts";
import { countWords } from "./words.ts";

/** A generated piece of document together with how many words we put in it. */
type Gen<T = JSONContent> = { json: T; words: number };

const sum = (parts: Gen<unknown>[]) => parts.reduce((n, part) => n + part.words, 0);

// Words mix scripts and carry inner apostrophes, hyphens and dots ("don't", "U.S"), which count once.
const LETTERS = [..."abcXYZ0189éßжЖπλ中文ñ"];
const part = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 6 });
const word = fc
  .tuple(fc.array(part, { minLength: 1, maxLength: 3 }), fc.constantFrom("'", "’", "-", "."))
  .map(([parts, joiner]) => parts.join(joiner));
const separator = fc.constantFrom(" ", "  ", ", ", "; ", " — ", ": ", " (", ") ", "! ", "\u00a0");
const phrase = fc.array(fc.tuple(separator, word), { minLength: 1, maxLength: 5 }).map(
  (pairs): Gen<string> => ({
    json: pairs.map(([sep, w], i) => (i ? sep : "") + w).join(""),
    words: pairs.length,
  }),
);

const link = fc.constantFrom("https://example.org/a?b=1", "mailto:desk@example.org", "/briefs/1", "#risks");
// Inline code excludes every other mark, so it comes alone.
type MarkJSON = { type: string; attrs?: Record<string, unknown> };
const marks: fc.Arbitrary<MarkJSON[]> = fc.oneof(
  fc.constant<MarkJSON[]>([{ type: "code" }]),
  fc
    .tuple(fc.subarray(["bold", "italic"]), fc.option(link))
    .map(([names, href]) => [
      ...names.map((type) => ({ type })),
      ...(href ? [{ type: "link", attrs: { href } }] : []),
    ]),
);
const inline: fc.Arbitrary<Gen> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(phrase, marks)
      .map(([p, m]) => ({ json: { type: "text", text: p.json, marks: m }, words: p.words })),
  },
  { weight: 1, arbitrary: fc.constant<Gen>({ json: { type: "hardBreak" }, words: 0 }) },
);
// A leading space on every text run but the first keeps runs with different marks from fusing words.
const inlineContent = fc.array(inline, { maxLength: 4 }).map(
  (items): Gen<JSONContent[]> => ({
    json: items.map((item, i) =>
      i > 0 && item.json.text ? { ...item.json, text: ` ${item.json.text}` } : item.json,
    ),
    words: sum(items),
  }),
);

const withContent = (type: string, content: Gen<JSONContent[]>, attrs?: Record<string, unknown>): Gen => ({
  json: { type, ...(attrs ? { attrs } : {}), ...(content.json.length ? { content: content.json } : {}) },
  words: content.words,
});
const many = (arb: fc.Arbitrary<Gen>, minLength: number, maxLength: number) =>
  fc
    .array(arb, { minLength, maxLength })
    .map((items): Gen<JSONContent[]> => ({ json: items.map((i) => i.json), words: sum(items) }));

const leafBlock: fc.Arbitrary<Gen> = fc.oneof(
  inlineContent.map((c) => withContent("paragraph", c)),
  fc.tuple(fc.constantFrom(2, 3, 4), inlineContent).map(([level, c]) => withContent("heading", c, { level })),
  fc
    .option(phrase)
    .map((p) =>
      withContent(
        "codeBlock",
        p ? { json: [{ type: "text", text: p.json }], words: p.words } : { json: [], words: 0 },
      ),
    ),
  fc.constant<Gen>({ json: { type: "horizontalRule" }, words: 0 }),
);

function block(depth: number): fc.Arbitrary<Gen> {
  if (depth === 0) return leafBlock;
  const inner = block(depth - 1);
  const paragraph = inlineContent.map((c) => withContent("paragraph", c));
  const listItem = fc
    .tuple(paragraph, many(inner, 0, 2))
    .map(([first, rest]) =>
      withContent("listItem", { json: [first.json, ...rest.json], words: first.words + rest.words }),
    );
  const cellOf = (type: string) => many(inner, 1, 2).map((c) => withContent(type, c));
  const table = fc.integer({ min: 1, max: 3 }).chain((cols) =>
    fc
      .array(many(fc.oneof(cellOf("tableCell"), cellOf("tableHeader")), cols, cols), {
        minLength: 1,
        maxLength: 3,
      })
      .map((rows) =>
        withContent("table", {
          json: rows.map((r) => ({ type: "tableRow", content: r.json })),
          words: sum(rows),
        }),
      ),
  );
  return fc.oneof(
    { weight: 3, arbitrary: leafBlock },
    { weight: 1, arbitrary: many(inner, 1, 3).map((c) => withContent("blockquote", c)) },
    { weight: 1, arbitrary: many(listItem, 1, 3).map((c) => withContent("bulletList", c)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.nat(20), many(listItem, 1, 3))
        .map(([start, c]) => withContent("orderedList", c, { start })),
    },
    { weight: 1, arbitrary: table },
  );
}

const documents = many(block(3), 1, 5).map((c) => withContent("doc", c));

describe("properties", () => {
  it("any document built from allowed nodes validates, and its words are all counted", () => {
    fc.assert(
      fc.property(documents, ({ json, words }) => {
        const result = validateDocument(json);
        if (!result.ok) throw new Error(result.error);
        expect(countWords(documentToPlainText(result.doc))).toBe(words);
        // What the server stores validates again, unchanged.
        const again = validateDocument(result.doc.toJSON());
        expect(again.ok && again.doc.eq(result.doc)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary JSON, at the top or inside a doc", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof validateDocument(value).ok).toBe("boolean");
        expect(typeof validateDocument({ type: "doc", content: [value] }).ok).toBe("boolean");
        expect(
          typeof validateDocument({ type: "doc", content: [{ type: "paragraph", content: [value] }] }).ok,
        ).toBe("boolean");
      }),
    );
  });

  it("rejects javascript: hrefs in any casing with invisible characters anywhere", () => {
    const invisible = fc.constantFrom(
      "",
      "",
      "\t",
      "\n",
      "\r",
      " ",
      "\u0000",
      "\u001f",
      "\u00a0",
      "\u200b",
      "\ufeff",
    );
    const disguised = fc
      .array(fc.tuple(fc.boolean(), invisible), { minLength: 11, maxLength: 11 })
      .map((choices) => {
        const scheme = [..."javascript:"].map((ch, i) => {
          const [upper, gap] = choices[i] ?? [false, ""];
          return gap + (upper ? ch.toUpperCase() : ch);
        });
        return `${scheme.join("")}alert(1)`;
      });
    fc.assert(
      fc.property(disguised, (href) => {
        const json = {
          type: "doc",
          content: [
            {
              type: "paragraph",
              content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href } }] }],
            },
          ],
        };
        expect(validateDocument(json).ok).toBe(false);
      }),
    );
  });
});
