import { bold, cell, doc, h, li, p, row, table, text, ul } from "@dossier/editor/testing";
import { describe, expect, it } from "vitest";
import { isAppError } from "../errors.ts";
import { summarizeConflict } from "./conflicts.ts";
import { mergeDocuments } from "./merge-documents.ts";
import { mergeClean, mergeConflicts, normalized } from "./test-builders.ts";

const base = doc(h(2, "Overview"), p("The quick brown fox."), p("Jumps over the lazy dog."), p("The end."));

describe("mergeDocuments: blocks", () => {
  it("keeps edits to different paragraphs, neighbours included", () => {
    const theirs = doc(
      h(2, "Overview"),
      p("The slow brown fox."),
      p("Jumps over the lazy dog."),
      p("The end."),
    );
    const mine = doc(h(2, "Overview"), p("The quick brown fox."), p("Leaps over the lazy dog."), p("Fin."));
    expect(mergeClean(base, theirs, mine)).toEqual(
      normalized(doc(h(2, "Overview"), p("The slow brown fox."), p("Leaps over the lazy dog."), p("Fin."))),
    );
  });

  it("deletes a paragraph the other side did not touch", () => {
    const theirs = doc(h(2, "Overview"), p("The quick brown fox."), p("The end."));
    const mine = doc(
      h(2, "Summary"),
      p("The quick brown fox."),
      p("Jumps over the lazy dog."),
      p("The end."),
    );
    expect(mergeClean(base, theirs, mine)).toEqual(
      normalized(doc(h(2, "Summary"), p("The quick brown fox."), p("The end."))),
    );
  });

  it("conflicts when one side deletes a paragraph the other edited", () => {
    const theirs = doc(h(2, "Overview"), p("The quick brown fox."), p("The end."));
    const mine = doc(
      h(2, "Overview"),
      p("The quick brown fox."),
      p("Jumps over the sleepy dog."),
      p("The end."),
    );
    const [conflict, ...rest] = mergeConflicts(base, theirs, mine);
    expect(rest).toEqual([]);
    expect(conflict).toEqual({
      reason: "changed-and-deleted",
      base: { from: 2, to: 3 },
      theirs: { from: 2, to: 2 },
      mine: { from: 2, to: 3 },
      nested: false,
      excerpt: { base: "Jumps over the lazy dog.", theirs: "", mine: "Jumps over the sleepy dog." },
    });
  });

  it("conflicts on different insertions at the same place, merges identical ones", () => {
    const withBlock = (block: ReturnType<typeof p>) =>
      doc(h(2, "Overview"), p("The quick brown fox."), block, p("Jumps over the lazy dog."), p("The end."));
    const conflicts = mergeConflicts(base, withBlock(p("Theirs.")), withBlock(p("Mine.")));
    expect(conflicts.map((c) => [c.reason, c.base, c.excerpt])).toEqual([
      ["both-inserted", { from: 2, to: 2 }, { base: "", theirs: "Theirs.", mine: "Mine." }],
    ]);
    expect(mergeClean(base, withBlock(p("Same.")), withBlock(p("Same.")))).toEqual(
      normalized(withBlock(p("Same."))),
    );
  });

  it("conflicts on an insertion right next to a paragraph the other side changed", () => {
    const theirs = doc(
      h(2, "Overview"),
      p("The quick brown fox."),
      p("New."),
      p("Jumps over the lazy dog."),
      p("The end."),
    );
    const mine = doc(h(2, "Overview"), p("The quick brown fox."), p("Jumps over a dog."), p("The end."));
    expect(mergeConflicts(base, theirs, mine).map((c) => [c.base, c.theirs, c.mine])).toEqual([
      [
        { from: 2, to: 3 },
        { from: 2, to: 4 },
        { from: 2, to: 3 },
      ],
    ]);
  });

  it("merges identical changes cleanly", () => {
    const both = doc(h(2, "Overview"), p("The quick brown fox!"), p("The end."));
    expect(mergeClean(base, both, both)).toEqual(normalized(both));
  });

  it("returns the other side when one side is unchanged", () => {
    const changed = doc(p("Something else entirely."));
    expect(mergeClean(base, changed, base)).toEqual(normalized(changed));
    expect(mergeClean(base, base, changed)).toEqual(normalized(changed));
  });

  it("leaves one empty paragraph when the two sides together delete everything", () => {
    const small = doc(p("One."), p("Two."), p("Three."));
    expect(mergeClean(small, doc(p("Three.")), doc(p("One."), p("Two.")))).toEqual(normalized(doc(p())));
  });

  it("refuses invalid input", () => {
    const broken = { type: "doc", content: [{ type: "nonsense" }] };
    expect(() => mergeDocuments(base, broken, base)).toThrowError(/theirs document is invalid/);
    try {
      mergeDocuments(broken, base, base);
    } catch (error) {
      expect(isAppError(error) && error.code).toBe("BAD_REQUEST");
    }
  });
});

describe("mergeDocuments: words inside a paragraph", () => {
  const para = doc(p("The quick ", bold("brown"), " fox jumps over the lazy dog."));

  it("keeps edits to different words, with their marks", () => {
    const theirs = doc(p("The slow ", bold("brown"), " fox jumps over the lazy dog."));
    const mine = doc(p("The quick ", bold("brown"), " fox jumps over the ", bold("sleepy"), " dog."));
    expect(mergeClean(para, theirs, mine)).toEqual(
      normalized(doc(p("The slow ", bold("brown"), " fox jumps over the ", bold("sleepy"), " dog."))),
    );
  });

  it("keeps a mark change on one word and a text change on another", () => {
    const theirs = doc(p("The quick brown fox jumps over the lazy dog."));
    const mine = doc(p("The quick ", bold("brown"), " fox leaps over the lazy dog."));
    expect(mergeClean(para, theirs, mine)).toEqual(
      normalized(doc(p("The quick brown fox leaps over the lazy dog."))),
    );
  });

  it("conflicts when both change the same word, and drops nothing", () => {
    const theirs = doc(p("The quick ", bold("brown"), " fox jumps over the idle dog."));
    const mine = doc(p("The quick ", bold("brown"), " fox jumps over the sleepy dog."));
    const conflicts = mergeConflicts(para, theirs, mine);
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict).toMatchObject({ reason: "both-changed", nested: true, base: { from: 0, to: 1 } });
    expect(conflict?.excerpt.base).toContain("lazy");
    expect(conflict?.excerpt.theirs).toContain("idle");
    expect(conflict?.excerpt.mine).toContain("sleepy");
    expect(summarizeConflict(conflict!)).toMatch(
      /^Both versions changed block 1: ".*lazy.*" → theirs ".*idle/,
    );
  });

  it("reports every conflict, in every block", () => {
    const two = doc(p("alpha beta gamma"), p("delta epsilon zeta"));
    const theirs = doc(p("alpha BETA gamma"), p("delta epsilon ZETA"));
    const mine = doc(p("alpha b gamma"), p("delta epsilon z"));
    expect(mergeConflicts(two, theirs, mine).map((c) => c.base)).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 2 },
    ]);
  });

  it("merges a heading's level from one side with its text from the other", () => {
    expect(
      mergeClean(
        doc(h(2, "Risks and outlook")),
        doc(h(3, "Risks and outlook")),
        doc(h(2, "Risks and prospects")),
      ),
    ).toEqual(normalized(doc(h(3, "Risks and prospects"))));
    expect(
      mergeConflicts(doc(h(2, "Risks")), doc(h(3, "Risks")), doc(h(4, "Risks"))).map((c) => c.reason),
    ).toEqual(["both-changed"]);
  });
});

describe("mergeDocuments: containers", () => {
  it("merges edits to different items of a list, and words of one item", () => {
    const list = doc(ul(li(p("one two three")), li(p("four five six")), li(p("seven"))));
    const theirs = doc(ul(li(p("ONE two three")), li(p("four five six")), li(p("seven")), li(p("eight"))));
    const mine = doc(ul(li(p("one two THREE")), li(p("four 5 six")), li(p("seven"))));
    expect(mergeClean(list, theirs, mine)).toEqual(
      normalized(doc(ul(li(p("ONE two THREE")), li(p("four 5 six")), li(p("seven")), li(p("eight"))))),
    );
  });

  it("conflicts inside a list when both sides add different items at one place", () => {
    const list = doc(p("Intro."), ul(li(p("one")), li(p("two"))));
    const theirs = doc(p("Intro."), ul(li(p("one")), li(p("theirs")), li(p("two"))));
    const mine = doc(p("Intro!"), ul(li(p("one")), li(p("mine")), li(p("two"))));
    const conflicts = mergeConflicts(list, theirs, mine);
    expect(conflicts.map((c) => [c.reason, c.nested, c.base, c.excerpt])).toEqual([
      ["both-inserted", true, { from: 1, to: 2 }, { base: "", theirs: "theirs", mine: "mine" }],
    ]);
  });

  it("merges edits to different cells of a table", () => {
    const grid = table(row(cell("a"), cell("b")), row(cell("c"), cell("d")));
    const theirs = table(row(cell("A"), cell("b")), row(cell("c"), cell("d")), row(cell("e"), cell("f")));
    const mine = table(row(cell("a"), cell("B")), row(cell("c"), cell("d")));
    expect(mergeClean(doc(grid), doc(theirs), doc(mine))).toEqual(
      normalized(doc(table(row(cell("A"), cell("B")), row(cell("c"), cell("d")), row(cell("e"), cell("f"))))),
    );
  });

  it("conflicts when both sides add a column: each row merges, but the grid is nobody's", () => {
    const grid = table(row(cell("a"), cell("b")), row(cell("c"), cell("d")));
    const theirs = table(row(cell("w"), cell("a"), cell("b")), row(cell("z"), cell("c"), cell("d")));
    const mine = table(row(cell("a"), cell("b"), cell("x")), row(cell("c"), cell("d"), cell("y")));
    const conflicts = mergeConflicts(doc(grid), doc(theirs), doc(mine));
    expect(conflicts.map((c) => [c.reason, c.nested])).toEqual([["invalid-result", true]]);
  });

  it("conflicts when a block changes type on one side and is edited on the other", () => {
    const theirs = doc(
      h(2, "Overview"),
      h(3, "The quick brown fox."),
      p("Jumps over the lazy dog."),
      p("The end."),
    );
    const mine = doc(h(2, "Overview"), p("The quick red fox."), p("Jumps over the lazy dog."), p("The end."));
    expect(mergeConflicts(base, theirs, mine).map((c) => [c.reason, c.base, c.nested])).toEqual([
      ["both-changed", { from: 1, to: 2 }, false],
    ]);
  });

  it("keeps hard breaks and links as their own tokens", () => {
    const link = text("source", [{ type: "link", attrs: { href: "https://example.org" } }]);
    const start = doc(p("See the ", link, { type: "hardBreak" }, "for details here."));
    const theirs = doc(p("See this ", link, { type: "hardBreak" }, "for details here."));
    const mine = doc(p("See the ", link, { type: "hardBreak" }, "for more details here."));
    expect(mergeClean(start, theirs, mine)).toEqual(
      normalized(doc(p("See this ", link, { type: "hardBreak" }, "for more details here."))),
    );
  });
});
