import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { createDocumentExtensions, documentSchema } from "./extensions.ts";
import { documentToPlainText, emptyDocument } from "./text.ts";
import { validateDocument } from "./validate.ts";
import { countWords } from "./words.ts";

// A headless editor (element: null) runs commands in Node, so this is the JSON the browser editor
// really produces, not our guess at it. (Headless editors register no plugins: no autolink here.)
let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function typeText(e: Editor, value: string) {
  // insertContent("string") parses HTML and needs a DOM; inserting text directly does not.
  e.commands.command(({ tr }) => {
    tr.insertText(value);
    return true;
  });
}

/** Selects the first occurrence of `word`, as a user dragging over it would. */
function select(e: Editor, word: string) {
  let from = -1;
  e.state.doc.descendants((node, pos) => {
    const at = node.isText ? (node.text ?? "").indexOf(word) : -1;
    if (from < 0 && at >= 0) from = pos + at;
    return from < 0;
  });
  if (from < 0) throw new Error(`no ${word} in the document`);
  e.commands.setTextSelection({ from, to: from + word.length });
}

/** Puts the cursor in a new paragraph at the end of the document, outside any list. */
function newParagraphAtEnd(e: Editor) {
  e.commands.insertContentAt(e.state.doc.content.size, { type: "paragraph" });
  e.commands.setTextSelection(e.state.doc.content.size - 1);
}

describe("the schema in a real Tiptap editor", () => {
  it("runs in Node without a DOM", () => {
    expect(typeof document).toBe("undefined");
    expect(Object.keys(documentSchema.nodes)).toEqual(
      expect.arrayContaining(["doc", "paragraph", "heading", "bulletList", "table", "tableHeader"]),
    );
    expect(Object.keys(documentSchema.marks).sort()).toEqual(["bold", "code", "italic", "link"]);
  });

  it("produces JSON for a typical section that validates and round-trips", () => {
    const e = new Editor({ element: null, extensions: createDocumentExtensions(), content: emptyDocument() });
    editor = e;
    typeText(e, "Political overview");
    e.commands.setHeading({ level: 2 });
    e.commands.splitBlock();
    e.commands.setParagraph();
    typeText(e, "The coalition holds a narrow majority after the 2024 election.");
    select(e, "coalition");
    e.commands.toggleBold();
    select(e, "narrow");
    e.commands.toggleItalic();
    select(e, "2024 election");
    e.commands.setLink({ href: "https://example.org/results" });
    newParagraphAtEnd(e);
    typeText(e, "Key risks");
    e.commands.toggleBulletList();
    e.commands.splitListItem("listItem");
    typeText(e, "Fiscal pressure");
    e.commands.sinkListItem("listItem");
    newParagraphAtEnd(e);
    e.commands.insertTable({ rows: 2, cols: 2, withHeaderRow: true });
    typeText(e, "Indicator");

    const json = e.getJSON();
    const result = validateDocument(json);
    if (!result.ok) throw new Error(result.error);
    expect(result.doc.toJSON()).toEqual(json);
    // A link stores where it goes and nothing else; rel is added when rendering.
    expect(JSON.stringify(json)).toContain('"attrs":{"href":"https://example.org/results","title":null}');
    expect(countWords(documentToPlainText(result.doc))).toBe(17);
  });

  it("refuses to set links the validator would reject", () => {
    const e = new Editor({ element: null, extensions: createDocumentExtensions(), content: emptyDocument() });
    editor = e;
    typeText(e, "click here");
    e.commands.setTextSelection({ from: 1, to: 6 });
    expect(e.commands.setLink({ href: " JaVaScRiPt:alert(1)" })).toBe(false);
    expect(e.commands.setLink({ href: "tel:+44123" })).toBe(false);
    expect(e.commands.setLink({ href: "mailto:desk@example.org" })).toBe(true);
  });
});
