import { signInSchema } from "@dossier/schema";
import type { Actor, Db } from "../actor.ts";
import { AppError } from "../errors.ts";
import { getDummyHash, verifyPassword } from "./passwords.ts";
import { beginSignInAttempt } from "./sign-in-limiter.ts";

export const INVALID_CREDENTIALS = "Wrong email or password.";

/**
 * Email + password sign-in. One message for unknown email and wrong password; deactivated
 * accounts are told so only after the right password. Attempts are rate limited (sign-in-limiter.ts).
 */
export async function verifyCredentials(db: Db, raw: unknown, ip: string | null): Promise<Actor> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success)
    throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "Invalid sign-in");
  const { email, password } = parsed.data;
  // Counted before the password is checked: a refused attempt never reaches the check.
  const attempt = await beginSignInAttempt(db, email, ip);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, deactivated: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !ok) throw new AppError("UNAUTHORIZED", INVALID_CREDENTIALS);
  if (user.deactivated) throw new AppError("FORBIDDEN", "This account has been deactivated. Ask an admin.");
  await attempt.succeeded();
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
