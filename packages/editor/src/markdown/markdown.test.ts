import { describe, expect, it } from "vitest";
import { doc, h, li, link, ol, p, quote, text, ul } from "../fixtures.ts";
import { validateDocument } from "../validate.ts";
import { markdownToDocument } from "./index.ts";

describe("markdownToDocument", () => {
  it("converts the demo subset", () => {
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
      "### Detail",
      "Closing.",
    ].join("\n");
    expect(markdownToDocument(md)).toEqual(
      doc(
        h(2, "Overview"),
        p(
          text("The "),
          text("economy", [{ type: "bold" }]),
          text(" grew "),
          text("fast", [{ type: "italic" }]),
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
    );
  });

  it("nests inline marks", () => {
    expect(markdownToDocument("**bold [link](/x)**")).toEqual(
      doc(
        p(
          text("bold ", [{ type: "bold" }]),
          text("link", [{ type: "bold" }, { type: "link", attrs: { href: "/x" } }]),
        ),
      ),
    );
  });

  it("clamps # to our top heading level and leaves unsafe links as text", () => {
    expect(markdownToDocument("# Title\n\n[x](javascript:alert(1))")).toEqual(
      doc(h(2, "Title"), p(text("[x](javascript:alert(1))"))),
    );
  });

  it("leaves unmatched markers literal and gives an empty document for empty input", () => {
    expect(markdownToDocument("a ** b * c")).toEqual(doc(p(text("a ** b * c"))));
    expect(markdownToDocument("\n\n")).toEqual(doc(p()));
  });

  it("always produces a valid document", () => {
    for (const md of [
      "",
      "##",
      "- ",
      "> ",
      "**a**b*c*",
      "1. \n2. x",
      "> - a\n> - b",
      "#### deep\r\n\r\ntext",
    ]) {
      const result = validateDocument(markdownToDocument(md));
      expect(result.ok ? "ok" : `${JSON.stringify(md)}: ${result.error}`).toBe("ok");
    }
  });
});
