import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reanchor } from "./reanchor.ts";
import {
  anchorFor,
  covered,
  distinctModel,
  edits,
  fraction,
  model,
  occurrences,
  withQuote,
} from "./test-arbitraries.ts";
import {
  applyAround,
  applyDamage,
  type Damage,
  type Edit,
  type Model,
  modelJSON,
  modelText,
  type Quote,
  quoteStart,
  quoteText,
  type Region,
  type Word,
} from "./test-model.ts";

function survives(oldModel: Model, oldQuote: Quote, changes: Edit[], region: Region) {
  let m = oldModel;
  let q = oldQuote;
  for (const change of changes) ({ model: m, quote: q } = applyAround(m, q, change, region));
  const exact = quoteText(oldModel, oldQuote);
  expect(quoteText(m, q)).toBe(exact); // The test model's own bookkeeping.
  const result = reanchor(modelJSON(oldModel), modelJSON(m), anchorFor(oldModel, oldQuote));
  expect(covered(m, result)).toBe(exact);
  // Where the quote is unique it must be that very text, not a look-alike.
  if (occurrences(modelText(m), exact) === 1) {
    expect(result.status === "anchored" && result.anchor.position.start).toBe(quoteStart(m, q));
  }
}

describe("reanchor properties", () => {
  it.each<Region>(["before", "after"])("an anchor survives any edits %s it", (region) => {
    fc.assert(
      fc.property(withQuote(model), edits(), ([m, q], changes) => survives(m, q, changes, region)),
      { numRuns: 300 },
    );
  });

  it("an anchor survives edits on both sides of it in its paragraph", () => {
    // Here the quote is unique. With look-alikes around, edits on both sides can leave texts that
    // equally well say the quote itself was rewritten ("he he x" → "he y x"): no diff can tell.
    const NATO = [
      "ALFA",
      "BRAVO",
      "CHARLIE",
      "DELTA",
      "ECHO",
      "FOXTROT",
      "GOLF",
      "HOTEL",
      "INDIA",
      "JULIETT",
    ];
    const unique = withQuote(model).map(([m, q]): [Model, Quote] => {
      const copy = m.map((words) => [...words]);
      const words = copy[q.para] ?? [];
      for (let i = q.first; i <= q.last; i++) words[i] = { word: NATO[i] ?? "KILO", bold: false };
      return [copy, q];
    });
    fc.assert(
      fc.property(unique, edits(), ([m, q], changes) => survives(m, q, changes, "sameParagraph")),
      { numRuns: 300 },
    );
  });

  it("an anchor whose quoted text is partly or wholly deleted or changed is detached", () => {
    const damage = (fresh: Word[]): fc.Arbitrary<Damage> =>
      fc.record({
        kind: fc.constantFrom(
          "deleteWords",
          "replaceWords",
          "insertInside",
          "deleteLetters",
          "deleteParagraph",
        ),
        at: fraction,
        span: fraction,
        size: fraction,
        fresh: fc.subarray(fresh, { minLength: 1, maxLength: 3 }),
      });
    const cases = withQuote(distinctModel.map((d) => d.model)).chain(([m, q]) =>
      distinctModel
        .chain(({ fresh }) => damage(fresh.map((w) => ({ ...w, word: w.word.toUpperCase() }))))
        .map((d): [Model, Quote, Damage] => [m, q, d]),
    );
    fc.assert(
      fc.property(cases, ([m, q, d]) => {
        const after = applyDamage(m, q, d);
        expect(modelText(after)).not.toContain(quoteText(m, q));
        expect(reanchor(modelJSON(m), modelJSON(after), anchorFor(m, q))).toEqual({ status: "detached" });
      }),
      { numRuns: 300 },
    );
  });
});
