import type { JSONContent } from "@tiptap/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cell, doc, h, li, link, ol, p, quote, row, table, text, ul } from "../testing.ts";
import { validateDocument } from "../validate.ts";
import { documentToMarkdown, markdownToDocument } from "./index.ts";

/** The validator's normal form (defaults filled in, marks in schema order), as the converter returns. */
function canon(json: JSONContent): JSONContent {
  const checked = validateDocument(json);
  if (!checked.ok) throw new Error(checked.error);
  return checked.doc.toJSON() as JSONContent;
}

const bold = (value: string) => text(value, [{ type: "bold" }]);
const italic = (value: string) => text(value, [{ type: "italic" }]);
const th = (value: string) => cell(value, "tableHeader");

describe("markdownToDocument", () => {
  it("converts paragraphs, headings, marks, links, lists and quotes", () => {
    const md = [
      "## Overview",
      "",
      "The **economy** grew *fast*,",
      "see [the report](https://example.org/r).",
      "",
      "- first",
      "- second",
      "",
      "3. three",
      "4. four",
      "",
      "> A quote",
      "> that continues.",
      "",
      "### Detail",
      "Closing.",
    ].join("\n");
    expect(markdownToDocument(md)).toEqual(
      canon(
        doc(
          h(2, "Overview"),
          p(
            text("The "),
            bold("economy"),
            text(" grew "),
            italic("fast"),
            text(", see "),
            link("the report", "https://example.org/r"),
            text("."),
          ),
          ul(li(p(text("first"))), li(p(text("second")))),
          { ...ol(li(p(text("three"))), li(p(text("four")))), attrs: { start: 3 } },
          quote(p(text("A quote that continues."))),
          h(3, "Detail"),
          p(text("Closing.")),
        ),
      ),
    );
  });

  it("nests lists and marks", () => {
    const md = "- a\n  - b **bold [link](/x)**\n    1. c\n- d";
    expect(markdownToDocument(md)).toEqual(
      canon(
        doc(
          ul(
            li(
              p(text("a")),
              ul(
                li(
                  p(
                    text("b "),
                    bold("bold "),
                    text("link", [{ type: "bold" }, { type: "link", attrs: { href: "/x" } }]),
                  ),
                  ol(li(p(text("c")))),
                ),
              ),
            ),
            li(p(text("d"))),
          ),
        ),
      ),
    );
  });

  it("turns GFM tables into tables with a header row and column alignment", () => {
    const md = "| Partner | Share |\n| --- | ---: |\n| France | 30% |\n| China | *12%* |";
    const right = (c: JSONContent) => ({ ...c, attrs: { align: "right" } });
    expect(markdownToDocument(md)).toEqual(
      canon(
        doc(
          table(
            row(th("Partner"), right(th("Share"))),
            row(cell("France"), right(cell("30%"))),
            row(cell("China"), right({ type: "tableCell", content: [p(italic("12%"))] })),
          ),
        ),
      ),
    );
  });

  it("keeps the text of unsafe links and drops their target", () => {
    for (const href of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<b>x</b>",
      "vbscript:x",
    ]) {
      expect(markdownToDocument(`[click me](${href}) now`)).toEqual(canon(doc(p(text("click me now")))));
    }
    expect(markdownToDocument("<javascript:alert(1)>")).toEqual(canon(doc(p(text("javascript:alert(1)")))));
  });

  it("keeps as plain text what the schema cannot hold, never failing", () => {
    expect(markdownToDocument("<div onclick=alert(1)>raw</div>")).toEqual(
      canon(doc(p(text("<div onclick=alert(1)>raw</div>")))),
    );
    expect(markdownToDocument("a ~~struck~~ word")).toEqual(canon(doc(p(text("a struck word")))));
    expect(markdownToDocument("![Map of Mali](https://example.org/map.png)")).toEqual(
      canon(doc(p(link("Map of Mali", "https://example.org/map.png")))),
    );
    expect(markdownToDocument("- [x] done\n- [ ] open")).toEqual(
      canon(doc(ul(li(p(text("[x] done"))), li(p(text("[ ] open")))))),
    );
    expect(markdownToDocument("See [the source][1].\n\n[1]: https://example.org/s")).toEqual(
      canon(doc(p(text("See "), link("the source", "https://example.org/s"), text(".")))),
    );
    expect(markdownToDocument("Claim.[^1]\n\n[^1]: The source.")).toEqual(
      canon(doc(p(text("Claim.[^1]")), p(text("[^1]: The source.")))),
    );
  });

  it("maps heading depths onto the schema's levels (h1 is the brief's title)", () => {
    expect(markdownToDocument("# a\n## b\n### c\n#### d\n##### e")).toEqual(
      canon(doc(h(2, "a"), h(2, "b"), h(3, "c"), h(4, "d"), h(4, "e"))),
    );
    expect(markdownToDocument("# a\n### b", (depth) => depth + 1)).toEqual(canon(doc(h(2, "a"), h(4, "b"))));
  });

  it("gives an empty document for empty input and flattens absurd nesting to text", () => {
    expect(markdownToDocument("\n\n")).toEqual(canon(doc(p())));
    const deep = markdownToDocument(`${"> ".repeat(60)}deep`);
    expect(validateDocument(deep).ok).toBe(true);
    expect(JSON.stringify(deep)).toContain("deep");
  });

  it("always produces a valid document, whatever the input", () => {
    const markdownish = fc.string({
      unit: fc.constantFrom(..."#*_-+>|`[]()!<>:\\ \n\t1.aZé~=".split("")),
      maxLength: 200,
    });
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string({ maxLength: 200 })), (md) => {
        const result = validateDocument(markdownToDocument(md));
        expect(result.ok ? "ok" : `${JSON.stringify(md)}: ${result.error}`).toBe("ok");
      }),
      { numRuns: 400 },
    );
  });
});

describe("documentToMarkdown", () => {
  it("writes Markdown a reader recognises", () => {
    const md = documentToMarkdown(
      canon(
        doc(
          h(2, "Risks"),
          p(
            text("The "),
            bold("economy"),
            text(" grew "),
            italic("fast"),
            text("; "),
            link("source", "https://e.org"),
          ),
          ul(li(p(text("one")), ol(li(p(text("two")))))),
          table(row(th("A"), th("B")), row(cell("1"), cell("2"))),
        ),
      ),
    );
    expect(md).toBe(
      [
        "## Risks",
        "",
        "The **economy** grew *fast*; [source](https://e.org)",
        "",
        "- one",
        "  1. two",
        "",
        "| A | B |",
        "| - | - |",
        "| 1 | 2 |",
        "",
      ].join("\n"),
    );
  });

  it("escapes text that would read as Markdown or HTML, and reads it back as the same text", () => {
    const tricky = "1. not a list # *not* _em_ <script>x</script> [a](b) | pipe \\ back";
    const md = documentToMarkdown(canon(doc(p(text(tricky)))));
    // A backslash before `<` makes it a literal character: no viewer renders a tag.
    expect(md).not.toMatch(/(^|[^\\])<script>/);
    expect(markdownToDocument(md)).toEqual(canon(doc(p(text(tricky)))));
  });

  it("moves spaces at the edges of bold and italic outside, keeping the text", () => {
    const md = documentToMarkdown(canon(doc(p(text("a"), bold(" b "), text("c")))));
    expect(md).toBe("a **b** c\n");
  });
});
