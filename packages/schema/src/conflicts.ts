import { z } from "zod";
import { idSchema } from "./common.ts";

/** Indices of top-level blocks, `from` inclusive, `to` exclusive (`from === to`: a gap before `from`). */
export const blockRangeSchema = z.object({ from: z.number().int().min(0), to: z.number().int().min(0) });
export type BlockRange = z.infer<typeof blockRangeSchema>;

export const conflictReasonSchema = z.enum([
  /** Both sides changed the same words, blocks or attributes, differently. */
  "both-changed",
  /** One side deleted what the other side changed. */
  "changed-and-deleted",
  /** Both sides inserted different content at the same place (or next to the other's change). */
  "both-inserted",
  /** Each side's edit is fine alone, but together they make an invalid node (e.g. a ragged table). */
  "invalid-result",
]);
export type ConflictReason = z.infer<typeof conflictReasonSchema>;

/** One place where both sides of a three-way merge changed the text. */
export const mergeConflictSchema = z.object({
  reason: conflictReasonSchema,
  /**
   * Where the conflict is, as top-level block ranges in each version. For a conflict inside a
   * block (words of a paragraph, an item of a list) this is the top-level block containing it.
   */
  base: blockRangeSchema,
  theirs: blockRangeSchema,
  mine: blockRangeSchema,
  /** True when the conflict is inside one top-level block rather than between whole blocks. */
  nested: z.boolean(),
  /**
   * Short plain text of the conflicting region in each version, for the UI ("" = nothing there).
   * Inside a text block it includes a few words either side (… where cut off), so a one-word
   * conflict is recognisable.
   */
  excerpt: z.object({ base: z.string(), theirs: z.string(), mine: z.string() }),
});
export type MergeConflict = z.infer<typeof mergeConflictSchema>;

/**
 * The `appData` of a CONFLICT error from `sections.save` and `revisions.resolveConflict`: the
 * revision saved meanwhile, and where the two versions overlap (empty when the server only
 * knows the base is stale).
 */
export const saveConflictDataSchema = z.object({
  currentRevisionId: idSchema.nullable(),
  currentNumber: z.number().int().min(0),
  conflicts: z.array(mergeConflictSchema),
});
export type SaveConflictData = z.infer<typeof saveConflictDataSchema>;
