import { describe, expect, it } from "vitest";
import { mergeDocuments } from "./merge-documents.ts";
import { bold, doc, h, p, text } from "./test-builders.ts";
import type { JSONContent } from "./types.ts";

// 1,000 paragraphs of 20 words (plus a heading every 25): a 20,000-word section.
const PARAGRAPHS = 1000;
const WORDS = 20;

function paragraph(i: number, edit?: (words: string[]) => string[]): JSONContent {
  const words = edit ? edit(Array.from({ length: WORDS }, (_, w) => `w${i}_${w}`)) : null;
  const all = words ?? Array.from({ length: WORDS }, (_, w) => `w${i}_${w}`);
  // Some bold, so tokens span several text nodes like real content.
  return p(text(`${all.slice(0, 5).join(" ")} `), bold(all[5]!), text(` ${all.slice(6).join(" ")}`));
}

function big(edits: Map<number, (words: string[]) => string[]>, inserted: Set<number>): JSONContent {
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

describe("mergeDocuments on a long section", () => {
  it("merges a 20,000-word section with scattered edits from both sides", () => {
    const base = big(new Map(), new Set());
    const theirsEdits = new Map<number, (w: string[]) => string[]>();
    const mineEdits = new Map<number, (w: string[]) => string[]>();
    for (let i = 0; i < PARAGRAPHS; i += 20) {
      theirsEdits.set(i, replaceWord(2, "THEIRS"));
      mineEdits.set(i + 10, replaceWord(7, "MINE"));
      // Both sides edit different words of these paragraphs: word-level merges.
      if (i % 100 === 0) mineEdits.set(i, (w) => replaceWord(15, "MINE")(w));
    }
    const theirs = big(theirsEdits, new Set([5, 505]));
    const mine = big(mineEdits, new Set([305, 905]));

    const result = mergeDocuments(base, theirs, mine);
    expect(result.ok).toBe(true);
    // Timing lives in bench/merge-20k.ts; here, that both sides' words survive.
    const merged = JSON.stringify(result.ok ? result.doc : null);
    expect(merged.match(/THEIRS/g)?.length).toBe(50);
    expect(merged.match(/MINE/g)?.length).toBe(60);
  });
});
