import { documentSchema } from "@dossier/editor";
import { Node } from "@tiptap/pm/model";
import { TextSelection } from "@tiptap/pm/state";
import { afterEach, describe, expect, it, vi } from "vitest";
import { selectionNear } from "./selection-near.ts";

// Seen in the e2e suite's console: after a merge replaced the editor's text, the cursor was put
// back at its old position, which now lay between two paragraphs — ProseMirror warned "TextSelection
// endpoint not pointing into a node with inline content".

const paragraphs = (...texts: string[]) =>
  Node.fromJSON(documentSchema, {
    type: "doc",
    content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  });

afterEach(() => vi.restoreAllMocks());

describe("selectionNear", () => {
  it("moves a position between two blocks into text, without ProseMirror's warning", () => {
    const warn = vi.spyOn(console, "warn");
    const doc = paragraphs("ab", "cd"); // <p>ab</p> ends at 4, where <p>cd</p> starts
    const selection = selectionNear(doc, 4, 4);
    expect(selection.$from.parent.inlineContent).toBe(true);
    expect(selection.$to.parent.inlineContent).toBe(true);
    expect(warn).not.toHaveBeenCalled();
    // The unguarded way warns: what the editor did before.
    TextSelection.create(doc, 4, 4);
    expect(warn).toHaveBeenCalled();
  });

  it("keeps a position that is already in text, and clamps one past the end", () => {
    const doc = paragraphs("ab", "cd");
    expect(selectionNear(doc, 2, 3)).toMatchObject({ from: 2, to: 3 });
    const end = selectionNear(doc, 50, 50);
    expect(end.from).toBe(doc.content.size - 1);
    expect(end.$from.parent.textContent).toBe("cd");
  });
});
