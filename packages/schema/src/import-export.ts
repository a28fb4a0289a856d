import { z } from "zod";
import { countryNameSchema } from "./briefs.ts";
import { idSchema } from "./common.ts";

/** A brief of the template's size is ~100k characters of Markdown; ten times that is not a brief. */
export const MAX_IMPORT_CHARACTERS = 1_000_000;
/** Unmatched pieces a person may move; a real file has a handful. */
const MAX_OVERRIDES = 500;

const keySchema = z.string().regex(/^[a-z0-9-]{1,80}$/, "Malformed key");

export const importPreviewSchema = z.object({
  markdown: z
    .string()
    .max(
      MAX_IMPORT_CHARACTERS,
      `The file is too large to import (limit ${MAX_IMPORT_CHARACTERS / 1_000_000} MB of text)`,
    )
    .refine((text) => text.trim() !== "", "The file is empty"),
  fileName: z.string().trim().min(1, "Missing file name").max(255, "File name is too long"),
  /** Unmatched piece id (from the preview) → the leaf section key it should go to instead. */
  overrides: z
    .record(keySchema, keySchema)
    .refine((o) => Object.keys(o).length <= MAX_OVERRIDES, "Too many section choices")
    .optional(),
});
export type ImportPreviewInput = z.infer<typeof importPreviewSchema>;

export const importBriefSchema = importPreviewSchema.extend({
  country: countryNameSchema,
  /** Defaults to "<Country>: Strategic U.S. Foreign Policy Analysis". */
  title: z
    .string()
    .trim()
    .min(1, "Give the brief a title")
    .max(200, "Title must be at most 200 characters")
    .optional(),
});
export type ImportBriefInput = z.infer<typeof importBriefSchema>;

export const exportFormatSchema = z.enum(["markdown", "print", "pdf", "docx"]);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** An export request: the brief as it is now, or as a named version froze it. */
export const exportBriefSchema = z.object({
  briefId: idSchema,
  format: exportFormatSchema,
  versionId: idSchema.nullish(),
});
export type ExportBriefInput = z.infer<typeof exportBriefSchema>;
