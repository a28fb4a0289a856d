import { performance } from "node:perf_hooks";
import { validateDocument } from "@dossier/editor";
import { mergeDocuments } from "./merge-documents.ts";
import { bold, doc, h, p, text } from "./test-builders.ts";
import type { JSONContent } from "./types.ts";
const PARAGRAPHS = 1000, WORDS = 20;
function paragraph(i: number, edit?: (w: string[]) => string[]): JSONContent {
  const base = Array.from({ length: WORDS }, (_, w) => `w${i}_${w}`);
  const all = edit ? edit(base) : base;
  return p(text(`${all.slice(0, 5).join(" ")} `), bold(all[5]!), text(` ${all.slice(6).join(" ")}`));
}
function big(edits: Map<number, (w: string[]) => string[]>, ins: Set<number>) {
  const blocks: JSONContent[] = [];
  for (let i = 0; i < PARAGRAPHS; i++) { if (i % 25 === 0) blocks.push(h(2, `Heading ${i}`)); blocks.push(paragraph(i, edits.get(i))); if (ins.has(i)) blocks.push(p(`Inserted ${i}`)); }
  return doc(...blocks);
}
const rw = (k: number, by: string) => (w: string[]) => w.map((x, i) => (i === k ? by : x));
const te = new Map(), me = new Map();
for (let i = 0; i < PARAGRAPHS; i += 20) { te.set(i, rw(2, "T")); me.set(i + 10, rw(7, "M")); if (i % 100 === 0) me.set(i, rw(15, "M")); }
const base = big(new Map(), new Set()), theirs = big(te, new Set([5])), mine = big(me, new Set([305]));
const time = (label: string, f: () => unknown) => { f(); const s = performance.now(); for (let i = 0; i < 5; i++) f(); console.log(label, ((performance.now() - s) / 5).toFixed(1)); };
time("validate", () => validateDocument(base));
time("validate+toJSON", () => { const r = validateDocument(base); if (r.ok) r.doc.toJSON(); });
time("stringify", () => JSON.stringify(base));
time("merge", () => mergeDocuments(base, theirs, mine));
import { BlockMerger } from "./blocks.ts";
import { documentSchema } from "@dossier/editor";
const norm = (d: JSONContent) => { const r = validateDocument(d); if (!r.ok) throw new Error(); return r.doc.toJSON() as JSONContent; };
const [nb, nt, nm] = [norm(base), norm(theirs), norm(mine)];
time("blocks", () => new BlockMerger().mergeBlocks({ base: nb.content!, theirs: nt.content!, mine: nm.content! }, null));
time("fromJSON+toJSON", () => documentSchema.nodeFromJSON(base).toJSON());
time("fromJSON+check", () => documentSchema.nodeFromJSON(base).check());
const allT = new Map(); for (let i = 0; i < PARAGRAPHS; i++) allT.set(i, rw(1, "T"));
const theirsAll = big(allT, new Set());
time("merge-all-changed", () => { const r = mergeDocuments(base, theirsAll, big(me, new Set())); if (!r.ok) throw new Error("conflict"); });
const oneBig = (ws: string[]) => doc(p(ws.join(" ")));
const words = Array.from({ length: 20000 }, (_, i) => `x${i}`);
const bigT = [...words]; for (let i = 0; i < 20000; i += 100) bigT[i] = "T";
const bigM = [...words]; for (let i = 50; i < 20000; i += 100) bigM[i] = "M";
time("one-paragraph-20k", () => { const r = mergeDocuments(oneBig(words), oneBig(bigT), oneBig(bigM)); if (!r.ok) throw new Error("conflict"); });
