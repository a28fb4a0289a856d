import { z } from "zod";
import { idSchema } from "./common.ts";
import { safeText } from "./text.ts";

export const countryNameSchema = safeText("Country name")
  .trim()
  .min(2, "Country name must be at least 2 characters")
  .max(80, "Country name must be at most 80 characters")
  .regex(
    /^[\p{L}\p{M}][\p{L}\p{M} .'’()-]*$/u,
    "Country name may contain letters, spaces, dots, apostrophes and hyphens",
  );

export const createBriefSchema = z.object({ country: countryNameSchema });
export type CreateBriefInput = z.infer<typeof createBriefSchema>;

export const getBriefSchema = z.object({ briefId: idSchema });

export const setMemberSchema = z.object({
  briefId: idSchema,
  email: safeText("Email").trim().toLowerCase().pipe(z.email("Enter a valid email address")),
  /** Omitted: the role their organisation role allows (an org editor joins as Editor). */
  role: z.enum(["EDITOR", "REVIEWER", "VIEWER"]).optional(),
});
export const removeMemberSchema = z.object({ briefId: idSchema, userId: idSchema });

export const stampVersionSchema = z.object({
  briefId: idSchema,
  name: safeText("Version name")
    .trim()
    .min(1, "Give the version a name")
    .max(80, "Version name must be at most 80 characters"),
  note: safeText("Note").trim().max(500, "Note must be at most 500 characters").optional(),
});
export const getVersionSchema = z.object({ versionId: idSchema });
export const compareVersionsSchema = z.object({
  briefId: idSchema,
  fromVersionId: idSchema,
  /** null compares with the brief as it is now. */
  toVersionId: idSchema.nullable(),
});

export const briefTitleSchema = safeText("Title")
  .trim()
  .min(3, "Title must be at least 3 characters")
  .max(200, "Title must be at most 200 characters");

/** Rename a brief and/or change its country; at least one of the two. */
export const updateBriefSchema = z
  .object({ briefId: idSchema, title: briefTitleSchema.optional(), country: countryNameSchema.optional() })
  .refine((v) => v.title !== undefined || v.country !== undefined, {
    message: "Change the title or the country",
    path: ["title"],
  });
export type UpdateBriefInput = z.infer<typeof updateBriefSchema>;

/** The new-brief dialog's warning: briefs (the caller can read) for this country already. */
export const briefsForCountrySchema = z.object({ country: countryNameSchema });

export const archiveBriefSchema = z.object({ briefId: idSchema, archived: z.boolean() });
/** Deleting needs the brief's title typed out, as a guard against the wrong brief. */
export const deleteBriefSchema = z.object({
  briefId: idSchema,
  confirmTitle: safeText("Title").max(300, "Title must be at most 300 characters"),
});
