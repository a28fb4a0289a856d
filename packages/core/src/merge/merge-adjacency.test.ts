import { doc, p, text } from "@dossier/editor/testing";
import { describe, expect, it } from "vitest";
import { summarizeConflict } from "./conflicts.ts";
import { mergeClean, mergeConflicts, normalized } from "./test-builders.ts";

// Where edits meet: which neighbouring edits merge and which must go to the analyst.
const base = doc(p("One one one."), p("Two two two."), p("Three three three."), p("Four four four."));

describe("mergeDocuments: neighbouring blocks", () => {
  it("merges a deletion next to the other side's edit: there is nothing to order", () => {
    const theirs = doc(p("One one one."), p("Three three three."), p("Four four four."));
    const mine = doc(p("One one one."), p("Two two two."), p("Three 3 three."), p("Four four four."));
    expect(mergeClean(base, theirs, mine)).toEqual(
      normalized(doc(p("One one one."), p("Three 3 three."), p("Four four four."))),
    );
  });

  it("recognises an edited paragraph next to one the same side deleted", () => {
    // Mine: edit paragraph 2 and delete paragraph 3 (one hunk to a plain diff); theirs: another
    // word of paragraph 2. Pairing by similarity lets the two edits of paragraph 2 merge.
    const theirs = doc(p("One one one."), p("Two 2 two."), p("Three three three."), p("Four four four."));
    const mine = doc(p("One one one."), p("Two two II."), p("Four four four."));
    expect(mergeClean(base, theirs, mine)).toEqual(
      normalized(doc(p("One one one."), p("Two 2 II."), p("Four four four."))),
    );
  });

  it("conflicts when a paragraph rewritten into two sits next to the other side's edit", () => {
    // "Two…" became two unrelated paragraphs: one of them may be an insertion before "Three…".
    const theirs = doc(
      p("One one one."),
      p("Alpha."),
      p("Beta."),
      p("Three three three."),
      p("Four four four."),
    );
    const mine = doc(p("One one one."), p("Two two two."), p("Three 3 three."), p("Four four four."));
    expect(mergeConflicts(base, theirs, mine).map((c) => c.base)).toEqual([{ from: 1, to: 3 }]);
  });
});

describe("mergeDocuments: neighbouring words", () => {
  const para = doc(p("the quick brown fox jumps"));

  it("merges edits to neighbouring words", () => {
    expect(mergeClean(para, doc(p("the slow brown fox jumps")), doc(p("the quick red fox jumps")))).toEqual(
      normalized(doc(p("the slow red fox jumps"))),
    );
  });

  it("conflicts on a word inserted next to a word the other side changed", () => {
    const theirs = doc(p("the quick very brown fox jumps"));
    expect(mergeConflicts(para, theirs, doc(p("the slow brown fox jumps"))).map((c) => c.reason)).toEqual([
      "both-changed",
    ]);
    expect(mergeConflicts(para, theirs, doc(p("the quick red fox jumps"))).map((c) => c.reason)).toEqual([
      "both-changed",
    ]);
  });

  it("conflicts on different words inserted at one place, with a readable summary", () => {
    const [conflict, ...rest] = mergeConflicts(
      para,
      doc(p("the quick brown lazy fox jumps")),
      doc(p("the quick brown sly fox jumps")),
    );
    expect(rest).toEqual([]);
    expect(conflict?.reason).toBe("both-inserted");
    expect(summarizeConflict(conflict!)).toBe(
      'Both versions added different text at block 1: "the quick brown fox jumps" → theirs "the quick brown lazy fox jumps", mine "the quick brown sly fox jumps"',
    );
  });

  it("merges deleting the last word with an edit at the start", () => {
    expect(mergeClean(para, doc(p("the quick brown fox")), doc(p("a quick brown fox jumps")))).toEqual(
      normalized(doc(p("a quick brown fox"))),
    );
  });

  it("conflicts when both sides restyle the same word differently", () => {
    const theirs = doc(p("the ", text("quick", [{ type: "bold" }]), " brown fox jumps"));
    const mine = doc(p("the ", text("quick", [{ type: "italic" }]), " brown fox jumps"));
    expect(mergeConflicts(para, theirs, mine)).toHaveLength(1);
  });
});
