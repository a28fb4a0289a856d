import { z } from "zod";
import { idSchema } from "./common.ts";
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

/** A browser tab's id for presence: random per tab, never a secret. */
export const presenceSchema = z.object({
  sectionId: idSchema,
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "Malformed client id"),
  editing: z.boolean().default(false),
});
export const leavePresenceSchema = presenceSchema.pick({ sectionId: true, clientId: true });
