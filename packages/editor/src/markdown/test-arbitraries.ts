import type { JSONContent } from "@tiptap/core";
import fc from "fast-check";

/**
 * fast-check generators of documents that Markdown can hold exactly: no empty paragraphs, no
 * spaces at the edges of bold/italic or of a paragraph, hard breaks only between words, tables
 * with a header row and one paragraph per cell. Words are full of characters Markdown reads as
 * syntax, so a round trip proves the escaping. Shared by the converter's and the importer's tests
 * (`@dossier/editor/testing`).
 */

const WORDS = [
  ..."Mali Sahel junta U.S. gold 2023 $17 100% naïve Côte d'Ivoire Россия 中文".split(" "),
  ..."*star* _under_ #hash 1. 2) - + > < <b> </i> & &amp; &#42; | \\ ` `` ~ ~~x~~ [a] (b) ![c] : === --- *** !".split(
    " ",
  ),
  "www.example.org",
  "http://example.org",
  "desk@example.org",
];

const word = fc.constantFrom(...WORDS);
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((list) => list.join(" "));

const HREFS = [
  "https://example.org/a?b=1&c=2",
  "https://example.org/a_(b)",
  "mailto:desk@example.org",
  "/briefs/1",
  "#risks",
];

type Mark = { type: string; attrs?: Record<string, unknown> };
const marks: fc.Arbitrary<Mark[]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Mark[]>([]) },
  { weight: 1, arbitrary: fc.constant<Mark[]>([{ type: "code" }]) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.subarray(["bold", "italic"]), fc.option(fc.constantFrom(...HREFS)))
      .map(([names, href]) => [
        ...names.map((type) => ({ type })),
        ...(href ? [{ type: "link", attrs: { href } }] : []),
      ]),
  },
);

const run = fc
  .tuple(words, marks)
  .map(([text, m]): JSONContent => (m.length ? { type: "text", text, marks: m } : { type: "text", text }));

/** Runs separated by a space or a hard break; never a space or a break at either end. */
export const inlineContent = (options: { breaks?: boolean } = {}) =>
  fc
    .array(fc.tuple(run, fc.constantFrom(...(options.breaks === false ? [" "] : [" ", " ", "break"]))), {
      minLength: 1,
      maxLength: 5,
    })
    .map((pairs) =>
      pairs.flatMap(([node, sep], i): JSONContent[] => {
        if (i === 0) return [node];
        return sep === "break" ? [{ type: "hardBreak" }, node] : [{ type: "text", text: " " }, node];
      }),
    );

const paragraph = inlineContent().map((content): JSONContent => ({ type: "paragraph", content }));
const heading = fc
  .tuple(fc.constantFrom(2, 3, 4), inlineContent())
  .map(([level, content]): JSONContent => ({ type: "heading", attrs: { level }, content }));
const codeBlock = fc.tuple(fc.constantFrom(null, "ts", "json"), fc.array(words, { maxLength: 3 })).map(
  ([language, lines]): JSONContent => ({
    type: "codeBlock",
    attrs: { language },
    ...(lines.length ? { content: [{ type: "text", text: lines.join("\n") }] } : {}),
  }),
);

const { list } = fc.letrec<{ list: JSONContent; item: JSONContent }>((tie) => ({
  list: fc
    .tuple(
      fc.boolean(),
      fc.integer({ min: 1, max: 12 }),
      fc.array(tie("item"), { minLength: 1, maxLength: 3 }),
    )
    .map(
      ([ordered, start, items]): JSONContent =>
        ordered
          ? { type: "orderedList", attrs: { start }, content: items }
          : { type: "bulletList", content: items },
    ),
  item: fc
    .tuple(
      paragraph,
      fc.array(fc.oneof({ depthSize: "small", withCrossShrink: true }, paragraph, tie("list")), {
        maxLength: 2,
      }),
    )
    .map(([first, rest]): JSONContent => ({ type: "listItem", content: [first, ...rest] })),
}));

const ALIGN = [null, "left", "center", "right"] as const;
const table = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 3 }))
  .chain(([width, bodyRows]) =>
    fc.tuple(
      fc.array(fc.constantFrom(...ALIGN), { minLength: width, maxLength: width }),
      fc.array(fc.array(fc.option(inlineContent(), { nil: null }), { minLength: width, maxLength: width }), {
        minLength: bodyRows + 1,
        maxLength: bodyRows + 1,
      }),
    ),
  )
  .map(
    ([align, rows]): JSONContent => ({
      type: "table",
      content: rows.map((cells, r) => ({
        type: "tableRow",
        content: cells.map((content, c) => ({
          type: r === 0 ? "tableHeader" : "tableCell",
          ...(align[c] ? { attrs: { align: align[c] } } : {}),
          content: [content ? { type: "paragraph", content } : { type: "paragraph" }],
        })),
      })),
    }),
  );

const quote = fc
  .array(fc.oneof(paragraph, list), { minLength: 1, maxLength: 2 })
  .map((content): JSONContent => ({ type: "blockquote", content }));
const rule = fc.constant<JSONContent>({ type: "horizontalRule" });

/** A block of any kind; `edgeRules` false keeps rules away from the document's first/last block. */
export const documentArbitrary = (options: { edgeRules?: boolean } = {}) =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: paragraph },
        { weight: 2, arbitrary: heading },
        { weight: 2, arbitrary: list },
        { weight: 1, arbitrary: quote },
        { weight: 1, arbitrary: codeBlock },
        { weight: 1, arbitrary: table },
        { weight: 1, arbitrary: rule },
      ),
      { minLength: 1, maxLength: 6 },
    )
    .filter(
      (blocks) =>
        options.edgeRules !== false ||
        (blocks[0]?.type !== "horizontalRule" && blocks[blocks.length - 1]?.type !== "horizontalRule"),
    )
    .map((content): JSONContent => ({ type: "doc", content }));
