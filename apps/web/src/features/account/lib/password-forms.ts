import { acceptInviteSchema, changePasswordSchema } from "@dossier/schema";
import { z } from "zod";

/**
 * The forms that set a password ask for it twice. The fields the server checks come from its own
 * schemas (same rules, same messages); the confirmation is the browser's alone and never sent.
 */
const confirmation = z.string().min(1, "Type the new password again");
const mismatch = (field: string) => ({
  message: "The two passwords don't match",
  path: ["confirmPassword"],
  // Said even while other fields still have mistakes (zod skips object checks by default then).
  when: ({ value }: { value: unknown }) => {
    const v = value as Record<string, unknown>;
    return typeof v[field] === "string" && typeof v.confirmPassword === "string" && v.confirmPassword !== "";
  },
});

export const changePasswordFormSchema = z
  .object({ ...changePasswordSchema.shape, confirmPassword: confirmation })
  .refine((v) => v.currentPassword !== v.newPassword, {
    message: "Choose a password different from the current one",
    path: ["newPassword"],
  })
  .refine((v) => v.newPassword === v.confirmPassword, mismatch("newPassword"));

export const acceptInviteFormSchema = z
  .object({
    name: acceptInviteSchema.shape.name,
    password: acceptInviteSchema.shape.password,
    confirmPassword: confirmation,
  })
  .refine((v) => v.password === v.confirmPassword, mismatch("password"));
