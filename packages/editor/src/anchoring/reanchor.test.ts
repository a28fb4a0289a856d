import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { doc, p, text } from "../testing.ts";
import { createAnchor, resolveAnchor } from "./anchor.ts";
import { anchorTextOf, toDocNode } from "./anchor-text.ts";
import { reanchor, reanchorAll } from "./reanchor.ts";
import type { Anchor, ReanchorResult } from "./types.ts";

const paras = (...lines: string[]): JSONContent => doc(...lines.map((line) => p(text(line))));

/** An anchor on the n-th occurrence of `value`, as createAnchor makes it from a selection. */
function anchorOn(json: JSONContent, value: string, nth = 0): Anchor {
  const { text: all, toPos } = anchorTextOf(json);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = all.indexOf(value, at + 1);
  if (at < 0) throw new Error(`no ${value}`);
  return createAnchor(json, toPos(at), toPos(at + value.length));
}

/** The text the result covers in `json`, or "detached". */
function quoted(json: JSONContent, result: ReanchorResult | undefined): string {
  if (result?.status !== "anchored") return "detached";
  const range = resolveAnchor(json, result.anchor);
  if (!range) throw new Error("an anchored result must resolve");
  return toDocNode(json).textBetween(range.from, range.to, "\n");
}

const INTRO = "Political overview of the country.";
const VOTE = "The ruling party lost its majority in the 2024 election.";
const NORTH = "The opposition gained seats in the north.";
const before = paras(INTRO, VOTE, NORTH);
const onMajority = anchorOn(before, "lost its majority");

describe("reanchor keeps anchors whose text survives", () => {
  it.each([
    ["an edit in an earlier paragraph", paras("Overview.", VOTE, NORTH)],
    ["a new paragraph before", paras(INTRO, "Added.", VOTE, NORTH)],
    ["an edit earlier in the paragraph", paras(INTRO, VOTE.replace("ruling", "governing"), NORTH)],
    ["typing right before the quote", paras(INTRO, VOTE.replace("party ", "party narrowly "), NORTH)],
    ["typing right after the quote", paras(INTRO, VOTE.replace("majority", "majority badly"), NORTH)],
    ["an edit later in the paragraph", paras(INTRO, VOTE.replace("2024", "snap"), NORTH)],
    ["an edit in a later paragraph", paras(INTRO, VOTE, "The opposition gained.")],
    ["splitting the paragraph outside the quote", paras(INTRO, "The ruling party", VOTE.slice(17), NORTH)],
  ])("%s", (_name, after) => {
    const result = reanchor(before, after, onMajority);
    expect(quoted(after, result)).toBe("lost its majority");
  });

  it("refreshes the position and the context from the new revision", () => {
    const after = paras("Overview.", VOTE, NORTH);
    const result = reanchor(before, after, onMajority);
    expect(result).toEqual({
      status: "anchored",
      anchor: {
        quote: {
          exact: "lost its majority",
          prefix: "Overview.\nThe ruling party ",
          suffix: onMajority.quote.suffix,
        },
        position: { start: 27, end: 44 },
      },
    });
  });

  it("follows a paragraph that was cut and pasted elsewhere", () => {
    const after = paras(NORTH, INTRO, VOTE);
    expect(quoted(after, reanchor(before, after, onMajority))).toBe("lost its majority");
    const onNorth = anchorOn(before, "in the north");
    const moved = paras(NORTH, INTRO, VOTE);
    expect(quoted(moved, reanchor(before, moved, onNorth))).toBe("in the north");
  });

  it("takes JSON or parsed documents and leaves an unchanged document's anchors alone", () => {
    const result = reanchor(toDocNode(before), before, onMajority);
    expect(result).toEqual({ status: "anchored", anchor: onMajority });
  });

  it("reads an ambiguous edit next to the quote as one that spares it", () => {
    // Removing a doubled word: the diff may say either "the" went.
    const typo = paras("It is the the plan.");
    const fixed = paras("It is the plan.");
    for (const nth of [0, 1]) {
      expect(quoted(fixed, reanchor(typo, fixed, anchorOn(typo, "the", nth)))).toBe("the");
    }
  });
});

describe("reanchor detaches anchors whose text changed", () => {
  it.each([
    ["one letter changed", VOTE.replace("majority", "majorty")],
    ["a word inside the quote replaced", VOTE.replace("its", "the")],
    ["a word inside the quote inserted", VOTE.replace("its", "its slim")],
    ["the start of the quote deleted", VOTE.replace("lost ", "")],
    ["the end of the quote deleted", VOTE.replace(" majority", "")],
    ["the whole quote deleted", VOTE.replace("lost its majority ", "")],
    ["the paragraph rewritten", "The government fell in 2024."],
  ])("%s", (_name, line) => {
    const after = paras(INTRO, line, NORTH);
    expect(reanchor(before, after, onMajority)).toEqual({ status: "detached" });
  });

  it("does not jump to the same words elsewhere when the quoted ones are rewritten", () => {
    const old = paras("The ruling party won.", "Later, the ruling party split.");
    const after = paras("The ruling coalition won.", "Later, the ruling party split.");
    expect(reanchor(old, after, anchorOn(old, "ruling party", 0))).toEqual({ status: "detached" });
    // The untouched one still follows its own text.
    expect(quoted(after, reanchor(old, after, anchorOn(old, "ruling party", 1)))).toBe("ruling party");
  });
});

describe("reanchor among duplicates", () => {
  const SENTENCE = "The currency may fall sharply if reserves keep shrinking this year, analysts say.";

  it("prefers the occurrence whose context matches", () => {
    const old = paras("Reserves.", `Risks: ${SENTENCE}`, "Outlook.");
    const anchor = anchorOn(old, "may fall sharply");
    // The quoted paragraph moves to the top; a look-alike sentence appears next to where it was.
    const after = paras(
      `Risks: ${SENTENCE}`,
      "Reserves.",
      "Upside: it may fall sharply, or not.",
      "Outlook.",
    );
    const result = reanchor(old, after, anchor);
    expect(result.status === "anchored" && result.anchor.position.start).toBe("Risks: The currency ".length);
  });

  it("prefers the nearest of occurrences whose context matches equally", () => {
    const old = paras(SENTENCE, SENTENCE, SENTENCE, SENTENCE);
    const third = anchorOn(old, "reserves", 2);
    const all = anchorTextOf(old).text;
    // A stale position one paragraph-length off still lands on the third copy, not the first.
    const stale = { ...third, position: { start: third.position.start + 3, end: third.position.end + 3 } };
    expect(resolveAnchor(old, stale)).toEqual(resolveAnchor(old, third));
    expect(reanchor(old, old, stale)).toEqual({ status: "anchored", anchor: third });
    expect(all.indexOf("reserves", third.position.start)).toBe(third.position.start);
  });

  it("keeps each of two identical quotes on its own occurrence", () => {
    const old = paras("Alpha said yes.", "Beta said yes.");
    const anchors = [anchorOn(old, "said yes", 0), anchorOn(old, "said yes", 1)];
    const after = paras("Alpha, at last, said yes.", "Beta said yes.");
    const results = reanchorAll(old, after, anchors);
    expect(results.map((r) => r.status === "anchored" && r.anchor.quote.prefix)).toEqual([
      "Alpha, at last, ",
      "Alpha, at last, said yes.\nBeta ",
    ]);
  });
});

describe("reanchorAll", () => {
  it("answers every anchor in order from one diff", () => {
    const anchors = [onMajority, anchorOn(before, "overview"), anchorOn(before, "the north")];
    const after = paras(INTRO.replace("overview", "summary"), VOTE, NORTH.replace("north", "south"));
    expect(reanchorAll(before, after, anchors).map((r) => quoted(after, r))).toEqual([
      "lost its majority",
      "detached",
      "detached",
    ]);
    expect(reanchorAll(before, after, [])).toEqual([]);
  });

  it("handles a 20,000-word brief in one pass", () => {
    // No timing assertion; a quadratic step would show up as a slow test run.
    const words = ["growth", "risk", "the", "party", "inflation", "reserves", "coalition", "vote"];
    const lines = Array.from({ length: 400 }, (_, i) =>
      Array.from(
        { length: 50 },
        (_, k) => `${words[(i * 7 + k * 3) % words.length]}${k % 9 === 0 ? i : ""}`,
      ).join(" "),
    );
    const old = paras(...lines);
    const { text: all, toPos } = anchorTextOf(old);
    const anchors = Array.from({ length: 50 }, (_, i) => {
      const start = all.indexOf(" ", Math.floor((i / 50) * all.length)) + 1;
      return createAnchor(old, toPos(start), toPos(start + 20));
    });
    const edited = [...lines];
    edited[200] = `Inserted words. ${edited[200]}`;
    const after = paras(...edited);
    const results = reanchorAll(old, after, anchors);
    expect(results.map((r) => quoted(after, r))).toEqual(anchors.map((a) => a.quote.exact));
  });

  it("looks for a stale anchor's quote in the new revision", () => {
    const stale = { ...onMajority, position: { start: 500, end: 517 } };
    const after = paras(VOTE);
    expect(quoted(after, reanchor(paras("Unrelated."), after, stale))).toBe("lost its majority");
    expect(reanchor(paras("Unrelated."), paras("Still unrelated."), stale)).toEqual({ status: "detached" });
  });
});
