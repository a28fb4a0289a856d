import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { briefToMarkdown } from "./src/export/to-markdown.ts";
import { planImport } from "./src/import/plan-import.ts";
import { defaultTemplate, flattenTemplate } from "./src/template/default-template.ts";

const md = readFileSync("../../../shared/fixtures/mali-brief.md", "utf8");
const tpl = flattenTemplate(defaultTemplate);
const plan = planImport(md, tpl);
const brief = {
  id: "x",
  title: plan.title!,
  country: plan.country!,
  version: null,
  exportedAt: new Date(),
  sections: plan.sections.map((s) => ({
    key: s.key,
    title: s.title,
    depth: s.depth,
    number: null,
    isLeaf: s.isLeaf,
    content: s.document,
  })),
};
const out = briefToMarkdown(brief);
console.log(out.slice(0, 1500));
const again = planImport(out, tpl);
console.log(again.title, again.country, again.unmatched);
for (const s of again.sections) {
  const o = plan.sections.find((p) => p.key === s.key)!;
  if (!isDeepStrictEqual(o.document, s.document)) console.log("DIFF", s.key);
}
