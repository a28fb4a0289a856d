/**
 * Realistic section content: a ~300-word ProseMirror document (a heading, then paragraphs of
 * 60–110 words opening with a bold phrase), deterministic so every run saves the same text.
 */
type Mark = { type: "bold" };
type Text = { type: "text"; text: string; marks?: Mark[] };
type Block =
  | { type: "heading"; attrs: { level: 2 }; content: Text[] }
  | { type: "paragraph"; content: Text[] };
export type BenchDocument = { type: "doc"; content: Block[] };

const VOCABULARY = (
  "the government coalition parliament election minister budget deficit inflation growth export " +
  "sanctions border security region province opposition reform policy agreement trade currency bank " +
  "protest court ruling constitution president party vote majority risk outlook investment energy " +
  "gas oil pipeline drought harvest migration refugee treaty summit delegation report analysts expect " +
  "a an of in on for with by from after before during while is was has had will could may remain " +
  "rose fell stable fragile narrow broad sharp modest significant local national foreign regional"
).split(" ");

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The heading every bench document opens with (bulk-seeded history varies it per revision). */
export const HEADING = "Outlook for the next quarter";

/** The words of a ~300-word section, before any edit. */
export function sectionWords(seed: number, count = 300): string[] {
  const rand = random(seed);
  return Array.from({ length: count }, () => {
    const word = VOCABULARY[Math.floor(rand() * VOCABULARY.length)] ?? "the";
    return rand() < 1 / 15 ? `${word}.` : word;
  });
}

/** Builds the document; `edit` (0, 1, 2…) changes a few words, as one autosave of typing would. */
export function benchDocument(words: readonly string[], edit = 0): BenchDocument {
  const edited = [...words];
  for (let i = 0; i < 3 && edit > 0; i++) {
    const at = (edit * 37 + i * 101) % edited.length;
    edited[at] = `${VOCABULARY[(edit + i) % VOCABULARY.length]}${edit % 2 ? "" : "s"}`;
  }
  const blocks: Block[] = [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: HEADING }] },
  ];
  for (let start = 0, n = 0; start < edited.length; n++) {
    const length = 60 + ((n * 23) % 51);
    const chunk = edited.slice(start, start + length);
    start += length;
    const lead = chunk.slice(0, 4).join(" ");
    const rest = chunk.slice(4).join(" ");
    const content: Text[] = [{ type: "text", text: lead, marks: [{ type: "bold" }] }];
    if (rest) content.push({ type: "text", text: ` ${rest}` });
    blocks.push({ type: "paragraph", content });
  }
  return { type: "doc", content: blocks };
}
