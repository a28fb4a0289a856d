import type { Node } from "@tiptap/pm/model";
import { type Selection, TextSelection, type Transaction } from "@tiptap/pm/state";

/**
 * The selection `from`–`to` (positions from before the text was replaced: a merge, someone
 * else's save) in `doc`, moved to the nearest places that can hold text. The old positions can
 * fall between two blocks of the new text, where a text selection is invalid: ProseMirror warns,
 * and what is typed next lands oddly.
 */
export function selectionNear(doc: Node, from: number, to: number): Selection {
  const size = doc.content.size;
  const clamp = (pos: number) => Math.max(0, Math.min(pos, size));
  return TextSelection.between(doc.resolve(clamp(from)), doc.resolve(clamp(to)));
}

/** The editor command that puts the selection at `selectionNear(doc, from, to)`. */
export const selectNear =
  (from: number, to: number) =>
  ({ tr }: { tr: Transaction }): boolean => {
    tr.setSelection(selectionNear(tr.doc, from, to));
    return true;
  };
