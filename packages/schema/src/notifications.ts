import { z } from "zod";
import { idSchema } from "./common.ts";

export const markNotificationsReadSchema = z.object({
  /** Omit to mark every notification read. */
  ids: z.array(idSchema).max(200).optional(),
});
export type MarkNotificationsReadInput = z.infer<typeof markNotificationsReadSchema>;
