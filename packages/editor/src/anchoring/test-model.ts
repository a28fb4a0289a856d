/**
 * Test support (not exported): documents as paragraphs of words, a quote as a word range in one
 * paragraph, and edits described by random fractions that are applied relative to the quote, so
 * a property can say "somewhere before the quote" and know where the quote ends up.
 */
import type { JSONContent } from "@tiptap/core";

export type Word = { word: string; bold: boolean };
export type Model = Word[][];
/** Words first…last (inclusive) of paragraph `para`. */
export type Quote = { para: number; first: number; last: number };

export function modelText(model: Model): string {
  return model.map((words) => words.map((w) => w.word).join(" ")).join("\n");
}

/** Consecutive words with the same marks share a text node, as the editor would store them. */
export function modelJSON(model: Model): JSONContent {
  const paragraph = (words: Word[]): JSONContent => {
    const runs: JSONContent[] = [];
    words.forEach(({ word, bold }, i) => {
      const value = i === 0 ? word : ` ${word}`;
      const last = runs[runs.length - 1];
      if (last && Boolean(last.marks) === bold) last.text += value;
      else
        runs.push(
          bold ? { type: "text", text: value, marks: [{ type: "bold" }] } : { type: "text", text: value },
        );
    });
    return runs.length > 0 ? { type: "paragraph", content: runs } : { type: "paragraph" };
  };
  return { type: "doc", content: model.map(paragraph) };
}

export function quoteText(model: Model, q: Quote): string {
  return (model[q.para] ?? [])
    .slice(q.first, q.last + 1)
    .map((w) => w.word)
    .join(" ");
}

/** The quote's start offset in modelText(model). */
export function quoteStart(model: Model, q: Quote): number {
  const before = model.slice(0, q.para).map((words) => words.map((w) => w.word).join(" "));
  const lead = (model[q.para] ?? []).slice(0, q.first).map((w) => `${w.word} `);
  return before.reduce((n, line) => n + line.length + 1, 0) + lead.join("").length;
}

/** Where an edit goes: `at`, `span` and `side` are fractions in [0, 1) picked by the generator. */
export type Edit = {
  kind: "insert" | "delete" | "replace" | "insertParagraph" | "deleteParagraph";
  at: number;
  span: number;
  side: number;
  paragraphAt: number;
  words: Word[];
};
export type Region = "before" | "after" | "sameParagraph";

const pick = (fraction: number, count: number) => Math.min(count - 1, Math.floor(fraction * count));

/**
 * Applies `edit` somewhere in `region` relative to the quote, never touching the quoted words,
 * and returns the new model with the quote's new location.
 */
export function applyAround(
  model: Model,
  q: Quote,
  edit: Edit,
  region: Region,
): { model: Model; quote: Quote } {
  const next = model.map((words) => [...words]);
  const n = model.length;
  if (edit.kind === "insertParagraph" && region !== "sameParagraph") {
    const index =
      region === "before"
        ? pick(edit.paragraphAt, q.para + 1)
        : q.para + 1 + pick(edit.paragraphAt, n - q.para);
    next.splice(index, 0, edit.words);
    return { model: next, quote: { ...q, para: index <= q.para ? q.para + 1 : q.para } };
  }
  const others = region === "before" ? q.para : region === "after" ? n - q.para - 1 : 0;
  if (edit.kind === "deleteParagraph" && others > 0) {
    const index =
      region === "before" ? pick(edit.paragraphAt, others) : q.para + 1 + pick(edit.paragraphAt, others);
    next.splice(index, 1);
    return { model: next, quote: { ...q, para: index < q.para ? q.para - 1 : q.para } };
  }
  // A word-level edit: in the quote's paragraph on the allowed side of it, or in another one.
  const choices =
    region === "sameParagraph" ? [q.para] : region === "before" ? range(0, q.para + 1) : range(q.para, n);
  const para = choices[pick(edit.paragraphAt, choices.length)] ?? q.para;
  const words = next[para] ?? [];
  const beforeQuote =
    para < q.para ||
    (para === q.para && (region === "before" || (region === "sameParagraph" && edit.side < 0.5)));
  const [lo, hi] =
    para !== q.para ? [0, words.length] : beforeQuote ? [0, q.first] : [q.last + 1, words.length];
  const start = lo + pick(edit.at, hi - lo + 1);
  const removable = edit.kind === "insert" ? 0 : Math.min(hi - start, 1 + pick(edit.span, 3));
  const inserted = edit.kind === "delete" && removable > 0 ? [] : edit.words;
  words.splice(start, removable, ...inserted);
  const shift = para === q.para && beforeQuote ? inserted.length - removable : 0;
  return { model: next, quote: { ...q, first: q.first + shift, last: q.last + shift } };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** An edit that changes the quoted words; fractions in [0, 1) and fresh words from the generator. */
export type Damage = {
  kind: "deleteWords" | "replaceWords" | "insertInside" | "deleteLetters" | "deleteParagraph";
  at: number;
  span: number;
  size: number;
  fresh: Word[];
};

/** Applies `damage` to the quote: afterwards at least one quoted word is gone, cut or split off. */
export function applyDamage(model: Model, q: Quote, damage: Damage): Model {
  const next = model.map((words) => [...words]);
  const words = next[q.para] ?? [];
  const count = q.last - q.first + 1;
  if (damage.kind === "deleteParagraph") {
    next.splice(q.para, 1);
    return next.length > 0 ? next : [[]];
  }
  if (damage.kind === "insertInside" && count > 1) {
    words.splice(q.first + 1 + pick(damage.at, count - 1), 0, ...damage.fresh);
    return next;
  }
  if (damage.kind === "deleteLetters") {
    const index = q.first + pick(damage.at, count);
    const target = words[index];
    const letters = [...(target?.word ?? "")];
    const from = pick(damage.span, letters.length);
    // 1 or more letters, but never the whole word: only part of it goes.
    const cut = Math.min(letters.length - from - (from === 0 ? 1 : 0), 1 + pick(damage.size, 3));
    if (target && cut > 0) {
      words[index] = { ...target, word: [...letters.slice(0, from), ...letters.slice(from + cut)].join("") };
      return next;
    }
  }
  // Whole words: a run starting up to two words before the quote and reaching into it.
  const start = Math.max(0, q.first - 2 + pick(damage.at, count + 2));
  const end = Math.max(start + 1, q.first + 1, Math.min(words.length, start + 1 + pick(damage.size, 4)));
  words.splice(start, end - start, ...(damage.kind === "replaceWords" ? damage.fresh : []));
  return next;
}
