import type { DbClient } from "../actor.ts";
import { AppError } from "../errors.ts";
import { accessLevel } from "./roles.ts";

/**
 * Re-checks for open live streams, which outlive the request that opened them: one indexed query
 * per check. They answer with the error that ends the stream (the same a fresh request would get),
 * or null while access holds. A member removed from the brief, an org role lowered to nothing, or
 * a deactivated account stops receiving events at the next one.
 */
export async function liveBriefAccessProblem(
  db: DbClient,
  userId: string,
  briefId: string,
): Promise<AppError | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      role: true,
      deactivated: true,
      memberships: { where: { briefId }, select: { role: true } },
    },
  });
  if (!user || user.deactivated) return new AppError("UNAUTHORIZED", "Sign in to continue");
  const level = accessLevel(user.role, user.memberships[0]?.role ?? null);
  return level ? null : new AppError("NOT_FOUND", "Brief not found");
}

/** The same for a person's own stream (notifications): only their account must still be active. */
export async function liveUserProblem(db: DbClient, userId: string): Promise<AppError | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { deactivated: true } });
  return !user || user.deactivated ? new AppError("UNAUTHORIZED", "Sign in to continue") : null;
}
