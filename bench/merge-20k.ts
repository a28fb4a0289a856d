// Three-way merge of a 20,000-word section with scattered edits from both sides.
import { performance } from "node:perf_hooks";
import { LONG_SECTION_WORDS, longSectionScenario } from "../packages/core/src/merge/long-section-fixture.ts";
import { mergeDocuments } from "../packages/core/src/merge/merge-documents.ts";

const { base, theirs, mine } = longSectionScenario();
mergeDocuments(base, theirs, mine); // warm-up: JIT, schema caches
const times: number[] = [];
let result = mergeDocuments(base, theirs, mine);
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  result = mergeDocuments(base, theirs, mine);
  times.push(performance.now() - start);
}
const median = times.sort((a, b) => a - b)[2]!;
console.log(
  JSON.stringify({
    bench: "merge_20k_words",
    ms: Number(median.toFixed(1)),
    ok: result.ok,
    words: LONG_SECTION_WORDS,
  }),
);
