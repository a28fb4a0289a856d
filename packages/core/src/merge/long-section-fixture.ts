import { bold, doc, h, p, text } from "@dossier/editor/testing";
import type { JSONContent } from "./types.ts";

// 1,000 paragraphs of 20 words (plus a heading every 25): a 20,000-word section.
export const PARAGRAPHS = 1000;
const WORDS = 20;
export const LONG_SECTION_WORDS = PARAGRAPHS * WORDS;

type Edit = (words: string[]) => string[];

function paragraph(i: number, edit?: Edit): JSONContent {
  const original = Array.from({ length: WORDS }, (_, w) => `w${i}_${w}`);
  const all = edit ? edit(original) : original;
  // Some bold, so tokens span several text nodes like real content.
  return p(text(`${all.slice(0, 5).join(" ")} `), bold(all[5]!), text(` ${all.slice(6).join(" ")}`));
}

function big(edits: Map<number, Edit>, inserted: Set<number>): JSONContent {
  const blocks: JSONContent[] = [];
  for (let i = 0; i < PARAGRAPHS; i++) {
    if (i % 25 === 0) blocks.push(h(2, `Heading ${i}`));
    blocks.push(paragraph(i, edits.get(i)));
    if (inserted.has(i)) blocks.push(p(`Inserted after ${i}`));
  }
  return doc(...blocks);
}

const replaceWord = (index: number, by: string) => (words: string[]) =>
  words.map((w, i) => (i === index ? by : w));

/**
 * A 20,000-word section and two sides' scattered, non-overlapping edits: 50 words changed by
 * "them", 60 by "me" (10 of them in paragraphs they also changed), and two insertions each.
 * Shared by the long-section test and bench/merge-20k.ts.
 */
export function longSectionScenario() {
  const theirsEdits = new Map<number, Edit>();
  const mineEdits = new Map<number, Edit>();
  for (let i = 0; i < PARAGRAPHS; i += 20) {
    theirsEdits.set(i, replaceWord(2, "THEIRS"));
    mineEdits.set(i + 10, replaceWord(7, "MINE"));
    if (i % 100 === 0) mineEdits.set(i, replaceWord(15, "MINE"));
  }
  return {
    base: big(new Map(), new Set()),
    theirs: big(theirsEdits, new Set([5, 505])),
    mine: big(mineEdits, new Set([305, 905])),
  };
}
