import type { JSONContent } from "@tiptap/core";
import { getSchema } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { cell, doc, h, li, link, p, row, table, text, ul } from "../testing.ts";
import { validateDocument } from "../validate.ts";
import { diffDocuments } from "./diff.ts";
import { createDiffExtensions } from "./extensions.ts";
import { changeNumbers, markup } from "./testing.ts";

const diffSchema = getSchema(createDiffExtensions());

/** Diffs, checks the result against the diff schema, and returns it with its markup. */
function compare(before: JSONContent, after: JSONContent) {
  const result = diffDocuments(before, after);
  PMNode.fromJSON(diffSchema, result.doc).check();
  // Regions are numbered 0…n-1 in document order, so "next change" can step through them.
  const numbers = changeNumbers(result.doc);
  expect([...new Set(numbers)]).toEqual([...Array(result.changes).keys()]);
  return { ...result, markup: markup(result.doc) };
}

const bold = [{ type: "bold" }];

describe("diffDocuments", () => {
  it("marks an inserted sentence and nothing else", () => {
    const result = compare(
      doc(p(text("The coalition holds. Turnout fell.")), p(text("Unchanged."))),
      doc(p(text("The coalition holds. Talks resume. Turnout fell.")), p(text("Unchanged."))),
    );
    expect(result.markup).toBe("The coalition holds. {+Talks resume. +}Turnout fell.\nUnchanged.");
    expect(result).toMatchObject({ changes: 1, wordsAdded: 2, wordsRemoved: 0 });
  });

  it("puts a deleted word back in place, marked deleted", () => {
    const result = compare(doc(p(text("The narrow majority holds."))), doc(p(text("The majority holds."))));
    expect(result.markup).toBe("The [-narrow -]majority holds.");
    expect(result).toMatchObject({ changes: 1, wordsAdded: 0, wordsRemoved: 1 });
  });

  it("shows a replaced word as one change: deletion then insertion", () => {
    const result = compare(doc(p(text("Growth was modest."))), doc(p(text("Growth was sharp."))));
    expect(result.markup).toBe("Growth was [-modest-]{+sharp+}.");
    expect(result).toMatchObject({ changes: 1, wordsAdded: 1, wordsRemoved: 1 });
    const marks = result.doc.content?.[0]?.content?.flatMap((n) => n.marks ?? []);
    expect(marks).toEqual([
      { type: "diffDelete", attrs: { change: 0 } },
      { type: "diffInsert", attrs: { change: 0 } },
    ]);
  });

  it("treats a replaced phrase as one change, not one per word", () => {
    const result = compare(doc(p(text("it was a b c today"))), doc(p(text("it was x y z today"))));
    expect(result.markup).toBe("it was [-a b c-]{+x y z+} today");
    expect(result.changes).toBe(1);
  });

  it("shows an added paragraph as a block marked inserted", () => {
    const result = compare(
      doc(p(text("One.")), p(text("Three."))),
      doc(p(text("One.")), p(text("Two.")), p(text("Three."))),
    );
    expect(result.markup).toBe("One.\n<insert>{+Two.+}\nThree.");
    expect(result.doc.content?.[1]?.attrs).toEqual({ diff: "insert", diffChange: 0, diffNote: null });
    expect(result).toMatchObject({ changes: 1, wordsAdded: 1 });
  });

  it("keeps a removed paragraph in place, marked deleted, empty ones included", () => {
    const result = compare(doc(p(text("One.")), p(), p(text("Two words."))), doc(p(text("One."))));
    expect(result.markup).toBe("One.\n<delete>\n<delete>[-Two words.-]");
    expect(result).toMatchObject({ changes: 1, wordsRemoved: 2 });
  });

  it("reports text made bold as a format change, not an edit", () => {
    const result = compare(
      doc(p(text("A fragile truce."))),
      doc(p(text("A "), text("fragile", bold), text(" truce."))),
    );
    expect(result.markup).toBe("A {~fragile~} truce.");
    const fragile = result.doc.content?.[0]?.content?.[1];
    expect(fragile).toEqual({
      type: "text",
      text: "fragile",
      marks: [{ type: "bold" }, { type: "diffFormat", attrs: { change: 0, note: "bold added" } }],
    });
    expect(result).toMatchObject({ changes: 1, wordsAdded: 0, wordsRemoved: 0 });
  });

  it("describes links added and changed", () => {
    const result = compare(
      doc(p(text("see report and "), link("data", "https://a.example"))),
      doc(
        p(
          text("see "),
          link("report", "https://r.example"),
          text(" and "),
          link("data", "https://b.example"),
        ),
      ),
    );
    const notes = result.doc.content?.[0]?.content?.flatMap((n) => n.marks ?? []).map((m) => m.attrs?.note);
    expect(notes?.filter(Boolean)).toEqual(["link added", "link changed"]);
    expect(result.changes).toBe(2);
  });

  it("flags a heading level change and a paragraph turned heading on the block", () => {
    const result = compare(doc(h(2, "Outlook"), p(text("Risks"))), doc(h(3, "Outlook"), h(2, "Risks")));
    expect(result.markup).toBe("<format heading 2 → heading 3>Outlook\n<format paragraph → heading 2>Risks");
    expect(result.doc.content?.[0]?.attrs).toEqual({
      level: 3,
      diff: "format",
      diffChange: 0,
      diffNote: "heading 2 → heading 3",
    });
    expect(result.changes).toBe(2);
  });

  it("diffs inside lists and tables, flagging added items and rows", () => {
    const result = compare(
      doc(ul(li(p(text("Fiscal risk"))), li(p(text("Drought")))), table(row(cell("GDP"), cell("2.1%")))),
      doc(
        ul(li(p(text("Fiscal risk"))), li(p(text("Severe drought"))), li(p(text("Protests")))),
        table(row(cell("GDP"), cell("1.8%")), row(cell("CPI"), cell("9%"))),
      ),
    );
    expect(result.markup).toBe(
      [
        "Fiscal risk",
        "[-Drought-]{+Severe drought+}",
        "<insert>{+Protests+}",
        "GDP",
        "[-2.1-]{+1.8+}%",
        "<insert>{+CPI+}\n{+9%+}",
      ].join("\n"),
    );
    expect(result.changes).toBe(4);
  });

  it("returns the new document unchanged, with 0 changes, when nothing changed", () => {
    const rich = doc(
      h(2, "Overview"),
      p(text("The "), text("economy", bold), text(" grew, see "), link("the report", "/r"), text(".")),
      ul(li(p(text("first")), ul(li(p(text("nested")))))),
      table(row(cell("a", "tableHeader"), cell("b", "tableHeader")), row(cell("1"), cell("2"))),
    );
    const stored = validateDocument(rich);
    if (!stored.ok) throw new Error(stored.error);
    const json = stored.doc.toJSON() as JSONContent;
    const result = compare(json, structuredClone(json));
    expect(result).toEqual({ doc: json, changes: 0, wordsAdded: 0, wordsRemoved: 0, markup: result.markup });
    // Same content, differently written JSON (defaults omitted) still compares equal.
    expect(diffDocuments(rich, json).changes).toBe(0);
  });

  it("marks changes inside inline code and code blocks, which normally refuse other marks", () => {
    const code = (value: string) => text(value, [{ type: "code" }]);
    const block = (value: string): JSONContent => ({ type: "codeBlock", content: [text(value)] });
    const result = compare(
      doc(p(text("run "), code("make all")), block("let a = 1;")),
      doc(p(text("run "), code("make test")), block("let a = 2;")),
    );
    expect(result.markup).toBe("run make [-all-]{+test+}\nlet a = [-1-]{+2+};");
    expect(result.changes).toBe(2);
  });

  it("keeps hard breaks as tokens", () => {
    const br = { type: "hardBreak" };
    const result = compare(doc(p(text("a"), br, text("b"))), doc(p(text("a b"))));
    expect(result.markup).toBe("a[-⏎-]{+ +}b");
  });
});
