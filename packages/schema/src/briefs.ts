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
  role: z.enum(["EDITOR", "REVIEWER", "VIEWER"]),
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
