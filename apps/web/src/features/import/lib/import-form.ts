import { countryNameSchema } from "@dossier/schema";
import { z } from "zod";

/**
 * The import page's form: the country (the server's own rule) and an optional title; a blank
 * title means the standard one. The file and the section choices travel beside it.
 */
export const importFormSchema = z.object({
  country: countryNameSchema,
  title: z
    .string()
    .trim()
    .max(200, "Title must be at most 200 characters")
    .transform((title) => title || undefined),
});

export const defaultTitle = (country: string) => `${country}: Strategic U.S. Foreign Policy Analysis`;
