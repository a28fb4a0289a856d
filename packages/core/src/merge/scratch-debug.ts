import { readFileSync } from "node:fs";
import { summarizeConflicts } from "./conflicts.ts";
import { mergeDocuments } from "./merge-documents.ts";
import { type Model, render, toDoc } from "./test-model.ts";

const m = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as Model;
const show = (w: { text: string; bold: boolean }[][]) =>
  w.map((p) => p.map((x) => (x.bold ? `*${x.text}*` : x.text)).join(" ")).join("\n");
console.log("BASE\n" + show(render(m, [])));
console.log("THEIRS\n" + show(render(m, ["theirs"])));
console.log("MINE\n" + show(render(m, ["mine"])));
console.log("EXPECTED\n" + show(render(m, ["theirs", "mine"])));
console.log(
  "plans",
  m.plans.map((p) => p.owner),
  m.clash,
);
const r = mergeDocuments(toDoc(render(m, [])), toDoc(render(m, ["theirs"])), toDoc(render(m, ["mine"])));
console.log(
  r.ok ? "OK" : summarizeConflicts(r.conflicts),
  r.ok ? "" : JSON.stringify(r.conflicts.map((c) => [c.base, c.theirs, c.mine, c.nested])),
);
