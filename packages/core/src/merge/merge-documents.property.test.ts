import { validateDocument } from "@dossier/editor";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeDocuments } from "./merge-documents.ts";
import { mergeClean, normalized } from "./test-builders.ts";
import {
  type Clash,
  gapOf,
  type Model,
  model,
  render,
  type Side,
  tag,
  toDoc,
  type WordOp,
} from "./test-model.ts";
import type { JSONContent } from "./types.ts";

const RUNS = 200;
const versionsOf = (m: Model) => ({
  base: toDoc(render(m, [])),
  theirs: toDoc(render(m, ["theirs"])),
  mine: toDoc(render(m, ["mine"])),
});

describe("mergeDocuments properties", () => {
  it("merges disjoint edits cleanly, keeping every edit of both sides, whichever side is which", () => {
    fc.assert(
      fc.property(model, (m) => {
        const { base, theirs, mine } = versionsOf(m);
        const expected = normalized(toDoc(render(m, ["theirs", "mine"])));
        expect(mergeClean(base, theirs, mine)).toEqual(expected);
        expect(mergeClean(base, mine, theirs)).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  // Both sides change one word differently (on top of disjoint edits elsewhere, some in the same
  // paragraph). The neighbouring paragraphs are left alone so the conflict is exactly that word's.
  const clashing: fc.Arbitrary<Model & { clash: Clash }> = model.chain((m) =>
    fc
      .record({
        target: fc.nat({ max: m.paragraphs.length - 1 }),
        seed: fc.nat(),
        ops: fc.constantFrom<[WordOp, WordOp]>(
          [
            { kind: "replace", word: "red" },
            { kind: "replace", word: "red" },
          ],
          [{ kind: "replace", word: "red" }, { kind: "delete" }],
          [{ kind: "bold" }, { kind: "replace", word: "blue" }],
          [{ kind: "delete" }, { kind: "bold" }],
          [
            { kind: "insertBefore", word: "gold" },
            { kind: "insertBefore", word: "green" },
          ],
        ),
        swap: fc.boolean(),
      })
      .map(({ target, seed, ops, swap }) => {
        const words = m.paragraphs[target]!;
        const plans = m.plans.map((plan, i) =>
          Math.abs(i - target) === 1 ? { ...plan, owner: "none" as const } : plan,
        );
        const plan = { ...plans[target]!, owner: words.length >= 4 ? ("split" as const) : ("none" as const) };
        plans[target] = plan;
        const [theirs, mine] = swap ? [ops[1], ops[0]] : ops;
        const word = gapOf(words, plan) ?? seed % words.length;
        return { ...m, plans, clash: { paragraph: target, word, theirs, mine } };
      }),
  );

  it("reports a conflict, and never merges, when both sides change the same word differently", () => {
    fc.assert(
      fc.property(clashing, (m) => {
        const { base, theirs, mine } = versionsOf(m);
        const result = mergeDocuments(base, theirs, mine);
        if (result.ok) throw new Error(`silently merged: ${JSON.stringify(result.doc)}`);
        expect(result.conflicts).toHaveLength(1);
        const [conflict] = result.conflicts;
        const target = m.clash.paragraph;
        expect(conflict).toMatchObject({ nested: true, base: { from: target, to: target + 1 } });
        expect(conflict?.excerpt.base).toContain(m.paragraphs[target]![m.clash.word]!.text);
        for (const side of ["theirs", "mine"] as const) {
          const op = m.clash[side];
          if (op.kind === "replace" || op.kind === "insertBefore") {
            expect(conflict?.excerpt[side]).toContain(tag(side, op.word));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  // Independent plans for the two sides: edits overlap at random. Whatever the outcome, a merged
  // document is valid and holds every word either side wrote (words are tagged by side).
  const independent = model.chain((m) =>
    fc
      .array(
        model.map((other) => other.plans[0]!),
        { minLength: m.plans.length, maxLength: m.plans.length },
      )
      .map((minePlans) => ({ m, minePlans })),
  );

  it("never drops a word either side wrote, whatever the edits", () => {
    fc.assert(
      fc.property(independent, ({ m, minePlans }) => {
        const base = toDoc(render(m, []));
        const theirs = toDoc(render(m, ["theirs"]));
        const mine = toDoc(render({ ...m, plans: minePlans }, ["mine"]));
        const result = mergeDocuments(base, theirs, mine);
        if (!result.ok) return;
        expect(validateDocument(result.doc).ok).toBe(true);
        for (const side of ["theirs", "mine"] as Side[]) {
          const wrote = taggedWords(side === "theirs" ? theirs : mine, side);
          expect(taggedWords(result.doc, side)).toEqual(wrote);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

/** The words a side wrote ("T-…" or "M-…"), in document order. */
function taggedWords(doc: JSONContent, side: Side): string[] {
  const prefix = tag(side, "");
  const texts: string[] = [];
  const walk = (node: JSONContent) => {
    if (node.text) texts.push(node.text);
    for (const child of node.content ?? []) walk(child);
    if (node.type !== "text") texts.push(" ");
  };
  walk(doc);
  return texts
    .join("")
    .split(/\s+/)
    .filter((w) => w.startsWith(prefix));
}
