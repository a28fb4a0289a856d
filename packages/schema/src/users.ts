import { z } from "zod";
import { emailSchema } from "./auth.ts";
import { idSchema, orgRoleSchema } from "./common.ts";
import { safeText } from "./text.ts";

/** Long enough to resist guessing (NIST 800-63B asks for at least 8; we ask for 10), short enough to hash. */
export const PASSWORD_MIN_LENGTH = 10;
export const passwordSchema = safeText("Password")
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(256, "Password too long")
  .refine((p) => p.trim().length >= PASSWORD_MIN_LENGTH, "A password can't be mostly spaces");

export const personNameSchema = z
  .string()
  .trim()
  .min(1, "Enter a name")
  .max(80, "Names must be at most 80 characters")
  .regex(/^[^\p{Cc}\p{Cs}]+$/u, "Names can't contain control characters");

export const userStatusSchema = z.enum(["ACTIVE", "DEACTIVATED"]);

export const listUsersSchema = z.object({
  /** Matches name or email, case-insensitively. */
  search: safeText("Search").trim().max(100, "Search for at most 100 characters").optional(),
  role: orgRoleSchema.optional(),
  status: userStatusSchema.optional(),
  /** The last user id of the previous page (keyset pagination, by name). */
  cursor: idSchema.nullish(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type ListUsersInput = z.infer<typeof listUsersSchema>;

export const userIdSchema = z.object({ userId: idSchema });
export const setUserRoleSchema = z.object({ userId: idSchema, role: orgRoleSchema });

export const inviteUserSchema = z.object({ email: emailSchema, role: orgRoleSchema });
export type InviteUserInput = z.infer<typeof inviteUserSchema>;
export const inviteIdSchema = z.object({ inviteId: idSchema });
/**
 * A new link for an invite. `notify: false` only makes the link (for the admin to copy and send
 * themselves): only a hash of a link is stored, so "copy the link" of a pending invite is a new link.
 */
export const resendInviteSchema = inviteIdSchema.extend({ notify: z.boolean().default(true) });
export type ResendInviteInput = z.infer<typeof resendInviteSchema>;

/** The secret in an invite link: 32 random bytes, base64url. */
export const inviteTokenSchema = z
  .string()
  .min(20, "This invite link is incomplete")
  .max(100, "This invite link is malformed")
  .regex(/^[A-Za-z0-9_-]+$/, "This invite link is malformed");
export const getInviteSchema = z.object({ token: inviteTokenSchema });
export const acceptInviteSchema = z.object({
  token: inviteTokenSchema,
  name: personNameSchema,
  password: passwordSchema,
});
export type AcceptInviteInput = z.infer<typeof acceptInviteSchema>;

export const updateProfileSchema = z.object({ name: personNameSchema });
export const changePasswordSchema = z
  .object({
    currentPassword: safeText("Password").min(1, "Enter your current password").max(256, "Password too long"),
    newPassword: passwordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    message: "Choose a password different from the current one",
    path: ["newPassword"],
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** `pnpm admin:create`. The password may not contain the email's local part (an easy guess). */
export const createAdminSchema = z
  .object({ email: emailSchema, name: personNameSchema, password: passwordSchema })
  .refine((v) => !localPartIn(v.email, v.password), {
    message: "The password must not contain the email's name",
    path: ["password"],
  });

/** Whether the password contains the email's local part (the part before the @). */
function localPartIn(email: string, password: string): boolean {
  const local = email.split("@")[0]?.toLowerCase();
  return !!local && password.toLowerCase().includes(local);
}
