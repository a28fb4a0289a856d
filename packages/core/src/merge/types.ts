/**
 * Types of the three-way document merge. `JSONContent` mirrors Tiptap's type of the same name
 * (without its `any`s): @dossier/core does not depend on @tiptap/core, and a Tiptap `JSONContent`
 * is assignable to this one and back.
 */
export type JSONMark = { type: string; attrs?: Record<string, unknown> };

export type JSONContent = {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: JSONContent[];
  marks?: JSONMark[];
  text?: string;
};

/** Indices of top-level blocks, `from` inclusive, `to` exclusive (`from === to`: a gap before `from`). */
export type BlockRange = { from: number; to: number };

export type ConflictReason =
  /** Both sides changed the same words, blocks or attributes, differently. */
  | "both-changed"
  /** One side deleted what the other side changed. */
  | "changed-and-deleted"
  /** Both sides inserted different content at the same place (or next to the other's change). */
  | "both-inserted"
  /** Each side's edit is fine alone, but together they make an invalid node (e.g. a ragged table). */
  | "invalid-result";

export type MergeConflict = {
  reason: ConflictReason;
  /**
   * Where the conflict is, as top-level block ranges in each version. For a conflict inside a
   * block (words of a paragraph, an item of a list) this is the top-level block containing it.
   */
  base: BlockRange;
  theirs: BlockRange;
  mine: BlockRange;
  /** True when the conflict is inside one top-level block rather than between whole blocks. */
  nested: boolean;
  /**
   * Short plain text of the conflicting region in each version, for the UI ("" = nothing there).
   * Inside a text block it includes a few words either side (… where cut off), so a one-word
   * conflict is recognisable.
   */
  excerpt: { base: string; theirs: string; mine: string };
};

export type MergeResult = { ok: true; doc: JSONContent } | { ok: false; conflicts: MergeConflict[] };
