import { z } from "zod";
import { safeText } from "./text.ts";

export const emailSchema = safeText("Email")
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address"));

export const signInSchema = z.object({
  email: emailSchema,
  password: safeText("Password").min(1, "Enter your password").max(256, "Password too long"),
});
export type SignInInput = z.infer<typeof signInSchema>;
