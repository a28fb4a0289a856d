/** Test support (not exported): fast-check generators over test-model.ts, and helpers to read results. */
import fc from "fast-check";
import { resolveAnchor } from "./anchor.ts";
import { toDocNode } from "./anchor-text.ts";
import { quoteAt } from "./quote-search.ts";
import {
  type Edit,
  type Model,
  modelJSON,
  modelText,
  type Quote,
  quoteStart,
  quoteText,
  type Word,
} from "./test-model.ts";
import type { Anchor, ReanchorResult } from "./types.ts";

// Few, overlapping words: quotes recur and edits land next to look-alikes, which is where a diff
// can place an edit ambiguously.
const VOCABULARY = ["the", "there", "he", "a", "an", "and", "party", "part", "vote", "2024", "café", "😀"];
export const word = fc.record({ word: fc.constantFrom(...VOCABULARY), bold: fc.boolean() });
export const model = fc.array(fc.array(word, { minLength: 1, maxLength: 10 }), {
  minLength: 2,
  maxLength: 6,
});

/** A model with a word range in one paragraph to quote. */
export const withQuote = (docs: fc.Arbitrary<Model>) =>
  docs.chain((m) =>
    fc.nat(m.length - 1).chain((para) => {
      const count = m[para]?.length ?? 1;
      return fc
        .tuple(fc.nat(count - 1), fc.nat(count - 1))
        .map(([a, b]): [Model, Quote] => [m, { para, first: Math.min(a, b), last: Math.max(a, b) }]);
    }),
  );

export const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
export const edit = (words: fc.Arbitrary<Word[]>): fc.Arbitrary<Edit> =>
  fc.record({
    kind: fc.constantFrom("insert", "delete", "replace", "insertParagraph", "deleteParagraph"),
    at: fraction,
    span: fraction,
    side: fraction,
    paragraphAt: fraction,
    words,
  });
export const edits = (words: fc.Arbitrary<Word[]> = fc.array(word, { minLength: 1, maxLength: 3 })) =>
  fc.array(edit(words), { minLength: 1, maxLength: 3 });

// Distinct five-letter words: a quote made of them is present exactly where its words still stand
// side by side, undamaged, so whether it survives is known without asking the code under test.
const LETTERS = [..."abcdefghijklmnopqrstuvwxyz"];
const distinctWords = fc.uniqueArray(
  fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 5, maxLength: 5 }),
  {
    minLength: 70,
    maxLength: 70,
  },
);
/** A model of distinct words (up to 10 per paragraph), and ten more distinct words for edits. */
export const distinctModel = fc
  .tuple(
    distinctWords,
    fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 6 }),
    fc.boolean(),
  )
  .map(([pool, sizes, bold]): { model: Model; fresh: Word[] } => {
    const words = pool.map((w, i): Word => ({ word: w, bold: bold && i % 3 === 0 }));
    const model = sizes.map((size, i) => words.slice(i * 10, i * 10 + size));
    return { model, fresh: words.slice(60) };
  });

export function anchorFor(m: Model, q: Quote): Anchor {
  const start = quoteStart(m, q);
  const end = start + quoteText(m, q).length;
  return { quote: quoteAt(modelText(m), start, end), position: { start, end } };
}

/** What the result covers in the new document, read back through ProseMirror, or "detached". */
export function covered(m: Model, result: ReanchorResult | undefined): string {
  if (result?.status !== "anchored") return "detached";
  const range = resolveAnchor(modelJSON(m), result.anchor);
  return range ? toDocNode(modelJSON(m)).textBetween(range.from, range.to, "\n") : "unresolved";
}

/** Counts overlapping occurrences too: "the the" is twice in "the the the". */
export function occurrences(text: string, value: string): number {
  let count = 0;
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) count++;
  return count;
}
