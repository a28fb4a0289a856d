import { z } from "zod";
import { idSchema } from "./common.ts";

export const listRevisionsSchema = z.object({
  sectionId: idSchema,
  /** Continue below this revision number (keyset pagination, newest first). */
  cursor: z.number().int().positive().nullish(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type ListRevisionsInput = z.infer<typeof listRevisionsSchema>;
