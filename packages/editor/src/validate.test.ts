import { describe, expect, it } from "vitest";
import { cell, doc, h, li, link, ol, p, quote, row, table, text, ul } from "./testing.ts";
import { MAX_DOCUMENT_BYTES, MAX_NESTING_DEPTH, validateDocument } from "./validate.ts";

function errorOf(json: unknown): string {
  const result = validateDocument(json);
  if (result.ok) throw new Error(`expected rejection, got a valid document: ${JSON.stringify(json)}`);
  return result.error;
}

describe("validateDocument accepts", () => {
  it.each([
    ["headings h2–h4", doc(h(2, "Overview"), h(3, "Economy"), h(4, "Trade"))],
    ["bold and italic", doc(p(text("a", [{ type: "bold" }]), text(" b", [{ type: "italic" }])))],
    ["bullet and ordered lists, nested", doc(ul(li(p(text("a")), ol(li(p(text("b")))))))],
    ["an ordered list starting at 3", doc({ type: "orderedList", attrs: { start: 3 }, content: [li(p())] })],
    ["a blockquote", doc(quote(p(text("quoted"))))],
    ["a table with a header row", doc(table(row(cell("Year", "tableHeader")), row(cell("2024"))))],
    [
      "http, https, mailto and relative links",
      doc(
        p(
          link("a", "http://x.org"),
          link("b", "HTTPS://x.org"),
          link("c", "mailto:a@b.org"),
          link("d", "/briefs/1"),
          link("e", "#risks"),
        ),
      ),
    ],
    [
      "hard breaks, rules and inline code",
      doc(p(text("a"), { type: "hardBreak" }, text("b", [{ type: "code" }])), { type: "horizontalRule" }),
    ],
    ["the empty document", doc(p())],
  ])("%s", (_name, json) => {
    const result = validateDocument(json);
    expect(result.ok ? "ok" : result.error).toBe("ok");
  });

  it("returns the parsed document, whose JSON round-trips", () => {
    const json = doc(h(2, "Overview"), p(text("Hello")));
    const result = validateDocument(json);
    if (!result.ok) throw new Error(result.error);
    expect(result.doc.toJSON()).toEqual(json);
  });

  it("drops unknown attributes instead of crashing", () => {
    const json = doc({
      type: "paragraph",
      attrs: { style: "color:red", onclick: "x" },
      content: [text("a")],
    });
    const result = validateDocument(json);
    if (!result.ok) throw new Error(result.error);
    expect(result.doc.toJSON()).toEqual(doc(p(text("a"))));
  });
});

describe("validateDocument rejects", () => {
  it.each([null, undefined, 42, "doc", [], true])("a non-object (%s)", (value) => {
    expect(errorOf(value)).toMatch(/^Invalid document: expected a JSON object/);
  });

  it("a top level that is not a doc", () => {
    expect(errorOf(p(text("a")))).toBe('Invalid document: top-level type must be "doc", got "paragraph"');
    expect(errorOf({ content: [] })).toMatch(/top-level type must be "doc", got undefined/);
  });

  it("unknown node and mark types", () => {
    expect(errorOf(doc({ type: "image", attrs: { src: "x" } }))).toBe(
      'Invalid document: unknown node type "image"',
    );
    expect(errorOf(doc(p(text("a", [{ type: "underline" }]))))).toBe(
      'Invalid document: unknown mark type "underline"',
    );
    expect(errorOf(doc(p(text("a", [{ type: "toString" }]))))).toMatch(/unknown mark type "toString"/);
    expect(errorOf(doc({ type: "__proto__" }))).toMatch(/unknown node type "__proto__"/);
  });

  it("malformed nodes and marks", () => {
    expect(errorOf(doc(p(), null as never))).toBe("Invalid document: expected a node, got null");
    expect(errorOf({ type: "doc", content: "text" })).toBe("Invalid document: doc content must be a list");
    expect(errorOf(doc(p({ type: "text", text: "" })))).toMatch(/text node must have non-empty text/);
    expect(errorOf(doc(p({ type: "text", text: 5 as never })))).toMatch(/text node must have non-empty text/);
    expect(errorOf(doc(p({ type: "text", text: "a", marks: "bold" as never })))).toMatch(
      /marks must be a list/,
    );
    expect(errorOf(doc(p(text("a", [{} as never]))))).toMatch(/mark has no type/);
  });

  it("content the schema does not allow, with a readable message", () => {
    expect(errorOf(doc(p(table(row(cell("a"))))))).toBe("Invalid document: paragraph cannot contain table");
    expect(errorOf(doc(text("loose")))).toBe("Invalid document: doc cannot contain text");
    expect(errorOf(doc())).toBe("Invalid document: doc is missing required content (expected paragraph)");
    expect(errorOf(doc(ul()))).toMatch(/bulletList is missing required content \(expected listItem\)/);
    expect(errorOf(doc(ul(li(ul(li(p()))))))).toMatch(/listItem cannot contain bulletList at position 1/);
    expect(errorOf(doc(ul(p())))).toMatch(/bulletList cannot contain paragraph/);
    expect(errorOf(doc({ type: "horizontalRule", content: [text("x")] }))).toMatch(
      /horizontalRule cannot contain text/,
    );
  });

  it("marks where they are not allowed or cannot be combined", () => {
    const codeBlock = { type: "codeBlock", content: [text("x", [{ type: "bold" }])] };
    expect(errorOf(doc(codeBlock))).toMatch(/codeBlock does not allow bold/);
    expect(errorOf(doc({ ...p(text("a")), marks: [{ type: "bold" }] }))).toMatch(/doc does not allow bold/);
    expect(errorOf(doc(p(text("a", [{ type: "bold" }, { type: "code" }]))))).toMatch(
      /bold \+ code cannot be combined/,
    );
    expect(errorOf(doc(p(text("a", [{ type: "bold" }, { type: "bold" }]))))).toMatch(/cannot be combined/);
  });

  it("bad attribute values", () => {
    expect(errorOf(doc(h(1, "Title")))).toBe(
      "Invalid document: heading level must be one of 2, 3, 4 (got 1)",
    );
    expect(errorOf(doc(h(7, "x")))).toMatch(/heading level must be one of 2, 3, 4 \(got 7\)/);
    expect(errorOf(doc({ type: "heading", content: [text("no level")] }))).toMatch(/heading level/);
    expect(errorOf(doc(h("2" as never, "x")))).toMatch(/heading level .*\(got "2"\)/);
    const badCell = { type: "tableCell", attrs: { colspan: 0 }, content: [p()] };
    expect(errorOf(doc(table(row(badCell))))).toMatch(/tableCell colspan must be a whole number/);
    const badWidth = { type: "tableCell", attrs: { colwidth: ["100px"] }, content: [p()] };
    expect(errorOf(doc(table(row(badWidth))))).toMatch(/tableCell colwidth/);
    const badStart = { type: "orderedList", attrs: { start: "1; DROP" }, content: [li(p())] };
    expect(errorOf(doc(badStart))).toMatch(/orderedList start must be a whole number/);
    const badTitle = text("a", [{ type: "link", attrs: { href: "/x", title: { html: "<b>" } } }]);
    expect(errorOf(doc(p(badTitle)))).toMatch(/link title must be text or null \(got an object\)/);
  });
});

describe("link hrefs", () => {
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "   javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0000javascript:alert(1)",
    "\u00a0javascript:alert(1)",
    "java\u200bscript:alert(1)",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    " DATA:text/html;base64,PHNjcmlwdD4=",
    "&#106;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "ftp://files.example.org",
    "tel:+4412345",
    "file:///etc/passwd",
    "page:2",
  ])("rejects %j", (href) => {
    expect(errorOf(doc(p(link("click", href))))).toMatch(
      /^Invalid document: link href .* (is not allowed|contains HTML entities)/,
    );
  });

  it.each([
    "https://example.org/a?b=1&c=2#d",
    "http://x.org",
    "mailto:desk@example.org",
    "/briefs/1",
    "#risks",
    "../x",
    "./page:2",
    "//cdn.example.org/x",
  ])("accepts %j", (href) => {
    expect(validateDocument(doc(p(link("click", href)))).ok).toBe(true);
  });

  it("rejects links without an href", () => {
    expect(errorOf(doc(p(text("a", [{ type: "link" }]))))).toBe("Invalid document: link has no href");
    expect(errorOf(doc(p(text("a", [{ type: "link", attrs: { href: " " } }]))))).toMatch(
      /link href is empty/,
    );
  });
});

describe("limits", () => {
  it("rejects a document over MAX_DOCUMENT_BYTES with its size", () => {
    const big = doc(p(text("x".repeat(MAX_DOCUMENT_BYTES))));
    expect(errorOf(big)).toMatch(/^Document too large \(20\d\d KB, limit 2048 KB\)$/);
  });

  it("counts bytes, not characters", () => {
    // 1.2 M three-byte characters: 3.6 MB of JSON in 1.2 M string units.
    expect(errorOf(doc(p(text("€".repeat(1_200_000)))))).toMatch(/^Document too large \(35\d\d KB/);
  });

  it("accepts a document just under the limit", () => {
    const result = validateDocument(doc(p(text("x".repeat(MAX_DOCUMENT_BYTES - 200)))));
    expect(result.ok).toBe(true);
  });

  function nestedQuotes(depth: number) {
    let node = p(text("deep"));
    for (let i = 0; i < depth; i++) node = quote(node);
    return doc(node);
  }

  it("limits nesting depth", () => {
    // doc + quotes + paragraph + text.
    expect(validateDocument(nestedQuotes(MAX_NESTING_DEPTH - 3)).ok).toBe(true);
    expect(errorOf(nestedQuotes(MAX_NESTING_DEPTH - 2))).toBe(
      `Document is nested too deeply (limit ${MAX_NESTING_DEPTH} levels)`,
    );
    expect(errorOf(nestedQuotes(100_000))).toMatch(/nested too deeply/);
  });

  it("limits nesting inside attributes", () => {
    const deep = { a: { b: { c: { d: { e: {} } } } } };
    expect(errorOf(doc({ ...p(), attrs: { x: deep } }))).toMatch(/attribute values are nested too deeply/);
  });

  it("never throws, even on cycles, shared subtrees and non-JSON values", () => {
    const cyclic: Record<string, unknown> = { type: "doc", content: [] };
    (cyclic.content as unknown[]).push(cyclic);
    expect(errorOf(cyclic)).toMatch(/doc cannot contain doc|nested too deeply/);

    // 2^25 leaves once serialised, built from 25 objects.
    let shared: Record<string, unknown> = p(text("x"));
    for (let i = 0; i < 25; i++) shared = quote(shared, shared);
    expect(errorOf(doc(shared))).toMatch(/^Document too large/);

    expect(errorOf(doc(p(), { ...p(), attrs: { n: 10n } }))).toMatch(/not serialisable/);
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom");
        },
      },
    );
    expect(errorOf(trap)).toMatch(/Invalid document/);
  });
});
