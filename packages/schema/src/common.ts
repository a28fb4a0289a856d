import { z } from "zod";

/** Prisma ids are cuids; accept any short opaque token but never free text. */
export const idSchema = z
  .string()
  .min(1, "Missing id")
  .max(64, "Id too long")
  .regex(/^[A-Za-z0-9_-]+$/, "Malformed id");

export const orgRoleSchema = z.enum(["ADMIN", "EDITOR", "REVIEWER", "VIEWER"]);
export type OrgRoleName = z.infer<typeof orgRoleSchema>;

export const briefRoleSchema = z.enum(["EDITOR", "REVIEWER", "VIEWER"]);
export type BriefRoleName = z.infer<typeof briefRoleSchema>;
