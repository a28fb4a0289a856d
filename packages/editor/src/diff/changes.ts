import type { JSONContent } from "@tiptap/core";
import { type BlockDiffKind, DIFF_DELETE, DIFF_FORMAT, DIFF_INSERT } from "./extensions.ts";

export type MarkJSON = NonNullable<JSONContent["marks"]>[number];

/**
 * Numbers change regions as the merged document is written, in document order, and totals what
 * changed. A region is a maximal run of changed content: consecutive changes share one number, and
 * writing anything unchanged (or crossing into a modified block) ends the region.
 */
export class ChangeLog {
  changes = 0;
  wordsAdded = 0;
  wordsRemoved = 0;
  private open: number | null = null;

  /** The number of the region being written, starting a new one after unchanged content. */
  current(): number {
    if (this.open === null) this.open = this.changes++;
    return this.open;
  }

  /** Unchanged content was written: the next change starts a new region. */
  close(): void {
    this.open = null;
  }
}

export const insertMark = (change: number): MarkJSON => ({ type: DIFF_INSERT, attrs: { change } });
export const deleteMark = (change: number): MarkJSON => ({ type: DIFF_DELETE, attrs: { change } });
export const formatMark = (change: number, note: string): MarkJSON => ({
  type: DIFF_FORMAT,
  attrs: { change, note },
});

/** `json` with the block attributes that flag it as added, removed or reformatted. */
export function flagBlock(
  json: JSONContent,
  diff: BlockDiffKind,
  change: number,
  note?: string,
): JSONContent {
  const { type, attrs, ...rest } = json;
  // attrs before content, as ProseMirror writes it, so flagged blocks read like the others.
  return { type, attrs: { ...attrs, diff, diffChange: change, diffNote: note ?? null }, ...rest };
}
