import { z } from "zod";
import { idSchema } from "./common.ts";

/** A browser tab's id for presence: random per tab, never a secret. */
export const presenceSchema = z.object({
  sectionId: idSchema,
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "Malformed client id"),
  editing: z.boolean().default(false),
});
export type PresenceInput = z.infer<typeof presenceSchema>;
export const leavePresenceSchema = presenceSchema.pick({ sectionId: true, clientId: true });
