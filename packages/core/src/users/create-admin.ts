import { createAdminSchema } from "@dossier/schema";
import type { Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { hashPassword } from "../auth/passwords.ts";
import { AppError } from "../errors.ts";

/**
 * `pnpm admin:create`: the first admin of a fresh database (or another one, from the server's
 * shell). Never a default password: the caller supplies one, and weak ones are refused.
 */
export async function createAdmin(db: Db, raw: unknown) {
  const parsed = createAdminSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("BAD_REQUEST", `${issue?.path.join(".") || "input"}: ${issue?.message ?? "invalid"}`);
  }
  const { email, name, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
      throw new AppError("CONFLICT", `${email} already has an account`);
    const user = await tx.user.create({
      data: { email, name, role: "ADMIN", passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
    await recordAudit(
      tx,
      { id: null, name: "pnpm admin:create" },
      { action: "user.create", targetId: user.id, data: { email, name, role: "ADMIN" } },
    );
    return user;
  });
}
