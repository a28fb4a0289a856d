import { z } from "zod";
import { idSchema } from "./common.ts";
import { boundedInt } from "./text.ts";

export const listRevisionsSchema = z.object({
  sectionId: idSchema,
  /** Continue below this revision number (keyset pagination, newest first). */
  cursor: boundedInt(1).nullish(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type ListRevisionsInput = z.infer<typeof listRevisionsSchema>;

export const getRevisionSchema = z.object({ revisionId: idSchema });

export const compareRevisionsSchema = z.object({
  sectionId: idSchema,
  /** null compares against the empty section (what revision #1 added). */
  fromRevisionId: idSchema.nullable(),
  toRevisionId: idSchema,
});

export const restoreRevisionSchema = z.object({ sectionId: idSchema, revisionId: idSchema });

const conflictDocument = z.object({ type: z.literal("doc") }).catchall(z.unknown());

/** The analyst's choice after a CONFLICT: keep mine, keep theirs, or a text merged by hand. */
export const resolveConflictSchema = z.discriminatedUnion("choice", [
  z.object({
    choice: z.literal("mine"),
    sectionId: idSchema,
    theirsRevisionId: idSchema,
    mine: conflictDocument,
  }),
  z.object({
    choice: z.literal("theirs"),
    sectionId: idSchema,
    theirsRevisionId: idSchema,
    mine: conflictDocument,
  }),
  z.object({
    choice: z.literal("merged"),
    sectionId: idSchema,
    theirsRevisionId: idSchema,
    mine: conflictDocument,
    merged: conflictDocument,
  }),
]);
export type ResolveConflictInput = z.infer<typeof resolveConflictSchema>;

export const revisionKindSchema = z.enum(["EDIT", "MERGE", "RESTORE"]);
export type RevisionKindName = z.infer<typeof revisionKindSchema>;

/**
 * A revision the server just wrote (a save, a restore, a resolved conflict): what the editor
 * needs to carry on from it. The text itself is what the client sent or chose.
 */
export const savedRevisionSchema = z.object({
  id: idSchema,
  number: z.number().int().positive(),
  wordCount: z.number().int().min(0),
  createdAt: z.date(),
  kind: revisionKindSchema,
});
export type SavedRevision = z.infer<typeof savedRevisionSchema>;
