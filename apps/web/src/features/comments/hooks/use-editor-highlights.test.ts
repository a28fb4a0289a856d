import { createDocumentExtensions, emptyDocument } from "@dossier/editor";
import { Editor } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { scrollToHighlight } from "./use-editor-highlights.ts";

// CI, comments.spec: opening a section from a thread's link (?thread=) threw "[tiptap error]: The
// editor view is not available" — the scroll to the thread's words runs a frame after the effect,
// and by then that editor was no longer mounted.
describe("scrollToHighlight", () => {
  it("does nothing for an editor that is not mounted (or no longer)", () => {
    const editor = new Editor({
      element: null,
      extensions: createDocumentExtensions(),
      content: emptyDocument(),
    });
    try {
      expect(editor.isDestroyed).toBe(true);
      expect(() => scrollToHighlight(editor, "thread-1")).not.toThrow();
    } finally {
      editor.destroy();
    }
  });
});
