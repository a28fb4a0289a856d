import type { JSONContent } from "@tiptap/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateDocument } from "../validate.ts";
import { documentToMarkdown, markdownToDocument } from "./index.ts";
import { documentArbitrary } from "./test-arbitraries.ts";

function canon(json: JSONContent): JSONContent {
  const checked = validateDocument(json);
  if (!checked.ok) throw new Error(checked.error);
  return checked.doc.toJSON() as JSONContent;
}

describe("Markdown round trip", () => {
  it("reads back every document Markdown can hold exactly as it was", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(documentArbitrary(), (generated) => {
        const doc = canon(generated);
        const md = documentToMarkdown(doc);
        expect(markdownToDocument(md), md).toEqual(doc);
      }),
      { numRuns: 100 },
    );
  });

  it("keeps headings apart from the section around them when shifted below it", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(documentArbitrary(), fc.integer({ min: 1, max: 3 }), (generated, depth) => {
        const doc = canon(generated);
        const md = documentToMarkdown(doc, (level) => depth + level - 1);
        expect(markdownToDocument(md, (d) => d - depth + 1)).toEqual(doc);
      }),
      { numRuns: 50 },
    );
  });
});
