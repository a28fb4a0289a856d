import { bold, doc, p, text } from "@dossier/editor/testing";
import fc from "fast-check";
import type { JSONContent } from "./types.ts";

/**
 * A model of "two analysts edit disjoint parts of a document", for property tests. Test-only.
 * Each paragraph has a plan: nobody touches it, one side owns it (may edit any word, delete it,
 * insert a paragraph after it), or it is split (one side edits words left of two gap words, the
 * other right of them). Two, because a word token carries the whitespace after it: deleting
 * the last word (or appending one) also edits the word before it, which must not be the left
 * side's. The same plan applied for one side, or for both, gives theirs, mine and the
 * document a correct merge must produce.
 */
export type Side = "theirs" | "mine";
export type Word = { text: string; bold: boolean };
export type WordOp =
  | { kind: "keep" }
  | { kind: "replace"; word: string }
  | { kind: "delete" }
  | { kind: "bold" }
  | { kind: "insertBefore"; word: string };
export type Plan = {
  owner: "none" | Side | "split";
  /** For split paragraphs: picks the gap word, and which side edits left of it. */
  gapSeed: number;
  left: Side;
  /** One op per word position; the op at index `words.length` can only append. */
  ops: WordOp[];
  deleteBlock: boolean;
  insertAfter: string[] | null;
};
/** Both sides editing one word (untouched by the plans) differently: must be a conflict. */
export type Clash = { paragraph: number; word: number; theirs: WordOp; mine: WordOp };
export type Model = { paragraphs: Word[][]; plans: Plan[]; clash?: Clash };

export const MAX_WORDS = 10;
const BASE_WORDS = ["alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "zeta"];
// Words a side writes are tagged with the side ("T-…", "M-…"), so no edit recreates base text.
const NEW_WORDS = ["red", "blue", "green", "gold"];

export const other = (side: Side): Side => (side === "theirs" ? "mine" : "theirs");
export const tag = (side: Side, word: string) => `${side === "theirs" ? "T" : "M"}-${word}`;

const word = fc.record({ text: fc.constantFrom(...BASE_WORDS), bold: fc.boolean() });
const paragraph = fc.array(word, { minLength: 1, maxLength: MAX_WORDS });
const newWord = fc.constantFrom(...NEW_WORDS);
const wordOp: fc.Arbitrary<WordOp> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: "keep" as const }) },
  { weight: 1, arbitrary: newWord.map((w) => ({ kind: "replace" as const, word: w })) },
  { weight: 1, arbitrary: fc.constant({ kind: "delete" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "bold" as const }) },
  { weight: 1, arbitrary: newWord.map((w) => ({ kind: "insertBefore" as const, word: w })) },
);
const plan: fc.Arbitrary<Plan> = fc.record({
  owner: fc.constantFrom("none", "theirs", "mine", "split"),
  gapSeed: fc.nat(),
  left: fc.constantFrom<Side>("theirs", "mine"),
  ops: fc.array(wordOp, { minLength: MAX_WORDS + 1, maxLength: MAX_WORDS + 1 }),
  deleteBlock: fc.oneof(
    { weight: 4, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  ),
  insertAfter: fc.option(fc.array(newWord, { minLength: 1, maxLength: 3 }), { freq: 4 }),
});

/** Base words repeat (as in prose), so the diffs have to cope with ambiguous alignments. */
export const messyModel: fc.Arbitrary<Model> = fc
  .array(paragraph, { minLength: 2, maxLength: 10 })
  .chain((paragraphs) =>
    fc
      .array(plan, { minLength: paragraphs.length, maxLength: paragraphs.length })
      .map((plans) => ({ paragraphs, plans: spaced(plans) })),
  );

/**
 * Leaves an untouched paragraph between paragraphs the two sides edit. Edits right next to each
 * other are often (rightly) conflicts: an insertion beside the other side's edit, or a paragraph
 * rewritten beyond recognition (which may hide an insertion) beside one. The example tests cover
 * the neighbouring edits that do merge.
 */
function spaced(plans: Plan[]): Plan[] {
  const out: Plan[] = [];
  for (const plan of plans) {
    const previous = out.at(-1)?.owner ?? "none";
    const sameSide = previous === plan.owner && previous !== "split";
    out.push(previous === "none" || plan.owner === "none" || sameSide ? plan : { ...plan, owner: "none" });
  }
  return out;
}

/**
 * Every base word unique ("alpha1", "beta2"…). Needed where a test states what the merge must
 * produce: with repeated words an edit can be ambiguous (bolding one "delta" next to a deleted
 * bold "delta" reads just as well as keeping the first one), and no merge can recover intent.
 */
export const model: fc.Arbitrary<Model> = messyModel.map(({ paragraphs, plans }) => {
  let n = 0;
  return {
    paragraphs: paragraphs.map((words) => words.map((w) => ({ ...w, text: `${w.text}${++n}` }))),
    plans,
  };
});

/** The first gap word of a split paragraph, or null when it is too short to split. */
export function gapOf(words: readonly Word[], plan: Plan): number | null {
  return words.length >= 4 ? 1 + (plan.gapSeed % (words.length - 3)) : null;
}

/** Who may edit word position `j` (j = words.length: appending). */
function ownerOf(words: readonly Word[], plan: Plan, j: number): Side | null {
  if (plan.owner === "none") return null;
  if (plan.owner !== "split") return plan.owner;
  const gap = gapOf(words, plan);
  if (gap === null || j === gap || j === gap + 1) return null;
  return j < gap ? plan.left : other(plan.left);
}

/** Applies the ops of the sides in `sides` to one paragraph's words. */
function applyWords(words: readonly Word[], plan: Plan, sides: readonly Side[], clash?: Clash): Word[] {
  const out: Word[] = [];
  for (let j = 0; j <= words.length; j++) {
    const owner = ownerOf(words, plan, j);
    let editor = owner && sides.includes(owner) ? owner : null;
    let op: WordOp = editor ? plan.ops[j]! : { kind: "keep" };
    const [only] = sides;
    if (clash?.word === j && only && sides.length === 1) {
      editor = only;
      op = clash[only];
    }
    const current = words[j];
    if (op.kind === "insertBefore") out.push({ text: tag(editor!, op.word), bold: false });
    if (!current) continue;
    if (op.kind === "replace") out.push({ text: tag(editor!, op.word), bold: current.bold });
    else if (op.kind === "bold") out.push({ ...current, bold: !current.bold });
    else if (op.kind !== "delete") out.push(current);
  }
  return out;
}

/** The model's document after the edits of `sides` ([] = base, both = the expected merge). */
export function render({ paragraphs, plans, clash }: Model, sides: readonly Side[]): Word[][] {
  const out: Word[][] = [];
  paragraphs.forEach((words, i) => {
    const plan = plans[i]!;
    const owner = plan.owner === "none" || plan.owner === "split" ? null : plan.owner;
    const applies = owner !== null && sides.includes(owner);
    const clashHere = clash?.paragraph === i ? clash : undefined;
    if (!(applies && plan.deleteBlock)) out.push(applyWords(words, plan, sides, clashHere));
    if (applies && plan.insertAfter && owner) {
      out.push(plan.insertAfter.map((w) => ({ text: tag(owner, w), bold: false })));
    }
  });
  return out;
}

export function toDoc(paragraphs: readonly Word[][]): JSONContent {
  // A side that deleted every block still holds one empty paragraph, as the editor saves it:
  // a document with no blocks at all is invalid, and mergeDocuments rightly refuses it.
  if (paragraphs.length === 0) return doc(p());
  return doc(
    ...paragraphs.map((words) =>
      p(...words.flatMap((w, i) => [...(i > 0 ? [text(" ")] : []), w.bold ? bold(w.text) : text(w.text)])),
    ),
  );
}
