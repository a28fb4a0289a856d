import { z } from "zod";
import { idSchema } from "./common.ts";
import { savedRevisionSchema } from "./revisions.ts";
import { safeText } from "./text.ts";

export const sectionKeySchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+$/, "Malformed section key");

export const getSectionSchema = z.object({ briefId: idSchema, key: sectionKeySchema });

/**
 * The document arrives as ProseMirror JSON. Its structure is checked on the server against the
 * editor's own schema (packages/editor); here we only insist on the outer shape.
 */
export const documentJsonSchema = z
  .object({ type: z.literal("doc", "Content must be a ProseMirror document") })
  .catchall(z.unknown());
export type DocumentJson = z.infer<typeof documentJsonSchema>;

export const saveSectionSchema = z.object({
  sectionId: idSchema,
  /** The revision the editor started from; null only for a section's first save. */
  baseRevisionId: idSchema.nullable(),
  content: documentJsonSchema,
  message: safeText("Message").trim().max(200, "Message must be at most 200 characters").optional(),
});
export type SaveSectionInput = z.infer<typeof saveSectionSchema>;

/**
 * The answer to `sections.save`. `merged` is set when the save was based on a stale revision and
 * the server merged it with what others saved meanwhile: the stored document is then that merge.
 */
export const saveResultSchema = savedRevisionSchema.extend({
  merged: z.object({ content: documentJsonSchema, withNumber: z.number().int().positive() }).nullable(),
});
export type SaveResult = z.infer<typeof saveResultSchema>;

/** Assign a section to a member who may edit it, or (null) leave it unassigned. */
export const setSectionOwnerSchema = z.object({ sectionId: idSchema, ownerId: idSchema.nullable() });
export type SetSectionOwnerInput = z.infer<typeof setSectionOwnerSchema>;
