import fc from "fast-check";
import { model, render } from "./test-model.ts";
const samples = fc.sample(model, 2000);
let both = 0, split = 0, ins = 0, del = 0;
for (const m of samples) {
  const t = JSON.stringify(render(m, ["theirs"])) !== JSON.stringify(render(m, []));
  const mi = JSON.stringify(render(m, ["mine"])) !== JSON.stringify(render(m, []));
  if (t && mi) both++;
  if (m.plans.some((p, i) => p.owner === "split" && (m.paragraphs[i]?.length ?? 0) >= 4)) split++;
  if (m.plans.some((p) => (p.owner === "theirs" || p.owner === "mine") && p.insertAfter)) ins++;
  if (m.plans.some((p) => (p.owner === "theirs" || p.owner === "mine") && p.deleteBlock)) del++;
}
console.log({ n: samples.length, both, split, ins, del });
