/**
 * Times diffDocuments on two 20,000-word briefs that differ in ~2% of their words (replaced,
 * removed and inserted words spread over paragraphs of 100–200 words under headings).
 * Prints one JSON line: {"bench":"diff_20k_words","ms":<median of 10>,"changes":n,"words":20000}.
 * Run: npx tsx bench/diff-20k.ts
 */
import { countWords, type DocumentDiff, diffDocuments, documentToPlainText } from "@dossier/editor";

// Tiptap's JSONContent, reached through the package (the repo root does not depend on Tiptap).
type JSONContent = DocumentDiff["doc"];

const WORDS = 20_000;
const CHANGED_SHARE = 0.02;
const RUNS = 10;

// Deterministic (mulberry32), so every run measures the same documents.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20_000);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

const VOCABULARY = (
  "the government coalition parliament election minister budget deficit inflation growth export " +
  "sanctions border security region province opposition reform policy agreement trade currency bank " +
  "protest court ruling constitution president party vote majority risk outlook investment energy " +
  "gas oil pipeline drought harvest migration refugee treaty summit delegation report analysts expect " +
  "a an of in on for with by from after before during while is was has had will could may remain " +
  "rose fell stable fragile narrow broad sharp modest significant local national foreign regional"
).split(" ");

// A sentence ends every 17 words or so; the full stop belongs to its word, so edits do not move it.
const words = (length: number): string[] =>
  Array.from({ length }, () => (rand() < 1 / 17 ? `${pick(VOCABULARY)}.` : pick(VOCABULARY)));

/** A paragraph opens with a bold phrase (`lead`) and goes on in plain text (`rest`). */
type Paragraph = { lead: string[]; rest: string[] };
const LEAD = 5;
const HEADING_WORDS = 2; // "Section n", before every fifth paragraph

/** Paragraphs of 100–200 words, sized so that with their headings the brief has exactly WORDS words. */
function makeParagraphs(): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (let left = WORDS; left > 0; ) {
    left -= paragraphs.length % 5 === 0 ? HEADING_WORDS : 0;
    const last = paragraphs.at(-1);
    if (left <= LEAD && last) {
      // Too few words left for a heading and a paragraph: the last paragraph takes them instead.
      last.rest.push(...words(left + HEADING_WORDS));
      break;
    }
    const length = Math.min(left, 100 + Math.floor(rand() * 101));
    paragraphs.push({ lead: words(LEAD), rest: words(length - LEAD) });
    left -= length;
  }
  return paragraphs;
}

/** ~2% of words edited: 60% replaced, 20% removed, 20% get a new word inserted before them. */
function edit(list: string[]): string[] {
  const out: string[] = [];
  for (const word of list) {
    if (rand() >= CHANGED_SHARE) {
      out.push(word);
      continue;
    }
    const roll = rand();
    if (roll < 0.6) out.push(pick(VOCABULARY));
    else if (roll >= 0.8) out.push(pick(VOCABULARY), word);
  }
  return out;
}

function toDocument(paragraphs: Paragraph[]): JSONContent {
  const content: JSONContent[] = [];
  paragraphs.forEach(({ lead, rest }, index) => {
    if (index % 5 === 0) {
      content.push({ type: "heading", attrs: { level: 2 }, content: [text(`Section ${index / 5 + 1}`)] });
    }
    const runs = [text(lead.join(" "), [{ type: "bold" }]), text(` ${rest.join(" ")}.`)];
    content.push({ type: "paragraph", content: runs.filter((run) => run.text?.trim()) });
  });
  return { type: "doc", content };
}

function text(value: string, marks?: JSONContent["marks"]): JSONContent {
  return marks ? { type: "text", text: value, marks } : { type: "text", text: value };
}

const paragraphs = makeParagraphs();
const oldDoc = toDocument(paragraphs);
const newDoc = toDocument(paragraphs.map((p) => ({ lead: edit(p.lead), rest: edit(p.rest) })));
const words20k = countWords(documentToPlainText(oldDoc));
if (words20k !== WORDS) throw new Error(`the old brief has ${words20k} words, not ${WORDS}`);

let result = diffDocuments(oldDoc, newDoc);
for (let i = 0; i < 3; i++) result = diffDocuments(oldDoc, newDoc); // warm-up: let the JIT settle
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  result = diffDocuments(oldDoc, newDoc);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = ((times[RUNS / 2 - 1] ?? 0) + (times[RUNS / 2] ?? 0)) / 2;
console.log(
  JSON.stringify({
    bench: "diff_20k_words",
    ms: Math.round(median * 10) / 10,
    changes: result.changes,
    words: WORDS,
  }),
);
