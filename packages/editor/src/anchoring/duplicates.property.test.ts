import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveAnchor } from "./anchor.ts";
import { anchorTextOf } from "./anchor-text.ts";
import { reanchor } from "./reanchor.ts";
import { anchorFor, distinctModel, edits, fraction, withQuote } from "./test-arbitraries.ts";
import { applyAround, type Model, modelJSON, type Quote, quoteStart } from "./test-model.ts";

/** A model of distinct words with a quote, plus its ten spare distinct words. */
const quoted = distinctModel.chain(({ model, fresh }) =>
  withQuote(fc.constant(model)).map(([m, q]): [Model, Quote, typeof fresh] => [m, q, fresh]),
);

const positionAfter = (oldModel: Model, newModel: Model, q: Quote, newQ: Quote) => {
  const result = reanchor(modelJSON(oldModel), modelJSON(newModel), anchorFor(oldModel, q));
  return result.status === "anchored"
    ? result.anchor.position.start - quoteStart(newModel, newQ)
    : "detached";
};

describe("reanchor among duplicates", () => {
  it("stays on its own copy of a duplicated paragraph through edits around both copies", () => {
    const cases = quoted.chain(([m, q]) =>
      fc
        .tuple(fc.nat(m.length), fc.boolean(), fc.constantFrom("before" as const, "after" as const), edits())
        .map(([copyAt, onLater, region, changes]) => ({ m, q, copyAt, onLater, region, changes })),
    );
    fc.assert(
      fc.property(cases, ({ m, q, copyAt, onLater, region, changes }) => {
        const old = m.map((words) => [...words]);
        old.splice(copyAt, 0, [...(m[q.para] ?? [])]);
        const original = q.para + (copyAt <= q.para ? 1 : 0);
        const [earlier, later] = [Math.min(copyAt, original), Math.max(copyAt, original)];
        const copies = [
          { ...q, para: earlier },
          { ...q, para: later },
        ] as const;
        // Edits all before the earlier copy, or all after the later one, moving both alike.
        const ref = region === "before" ? copies[0] : copies[1];
        let next: Model = old;
        let moved = ref;
        for (const change of changes)
          ({ model: next, quote: moved } = applyAround(next, moved, change, region));
        const expected = onLater
          ? region === "after"
            ? moved
            : { ...copies[1], para: copies[1].para + moved.para - ref.para }
          : region === "before"
            ? moved
            : copies[0];
        expect(positionAfter(old, next, onLater ? copies[1] : copies[0], expected)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("follows its paragraph when it moves, not a look-alike left in place", () => {
    const cases = quoted.chain(([m, q, fresh]) =>
      fc
        .tuple(fc.nat(m.length), fc.nat(m.length))
        .map(([lookAlikeAt, moveTo]) => ({ m, q, fresh, lookAlikeAt, moveTo })),
    );
    fc.assert(
      fc.property(cases, ({ m, q, fresh, lookAlikeAt, moveTo }) => {
        const quotedWords = (m[q.para] ?? []).slice(q.first, q.last + 1);
        const lookAlike = [fresh[0], ...quotedWords, fresh[1]].filter((w) => w !== undefined);
        const old = m.map((words) => [...words]);
        old.splice(lookAlikeAt, 0, lookAlike);
        const para = q.para + (lookAlikeAt <= q.para ? 1 : 0);
        const next = old.map((words) => [...words]);
        const [paragraph] = next.splice(para, 1);
        next.splice(moveTo, 0, paragraph ?? []);
        expect(positionAfter(old, next, { ...q, para }, { ...q, para: moveTo })).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("with a stale position, resolves to the nearest of identical copies", () => {
    const cases = quoted.chain(([m, q]) =>
      fc
        .tuple(fc.integer({ min: 2, max: 4 }), fraction, fraction, fc.boolean())
        .map(([copies, which, offset, back]) => ({
          m,
          q,
          copies,
          which,
          offset,
          back,
        })),
    );
    fc.assert(
      fc.property(cases, ({ m, q, copies, which, offset, back }) => {
        const old = m.map((words) => [...words]);
        const paragraph = m[q.para] ?? [];
        for (let i = 1; i < copies; i++) old.splice(q.para, 0, [...paragraph]);
        const copy = { ...q, para: q.para + Math.floor(which * copies) };
        const anchor = anchorFor(old, copy);
        // Off by less than half a paragraph: nearer to this copy than to any other.
        const length = paragraph.map((w) => w.word).join(" ").length + 1;
        const drift = (1 + Math.floor(offset * Math.floor((length - 1) / 2))) * (back ? -1 : 1);
        const stale = {
          ...anchor,
          position: { start: anchor.position.start + drift, end: anchor.position.end + drift },
        };
        const { toPos } = anchorTextOf(modelJSON(old));
        expect(resolveAnchor(modelJSON(old), stale)).toEqual({
          from: toPos(anchor.position.start),
          to: toPos(anchor.position.end),
        });
        expect(reanchor(modelJSON(old), modelJSON(old), stale)).toEqual({ status: "anchored", anchor });
      }),
      { numRuns: 300 },
    );
  });
});
