import type { DbClient } from "../actor.ts";
import { AppError } from "../errors.ts";

// Any constant works: it names the lock every "fewer admins" change takes (pg_advisory_xact_lock).
const LAST_ADMIN_LOCK = 4_221_017;

/**
 * Refuses a change that would leave no active admin: demoting or deactivating `userId` when they
 * are the last one. Call inside the transaction making the change. The transaction-scoped lock
 * serialises such changes, so two admins demoting each other at once can't both succeed.
 */
export async function assertKeepsAnAdmin(tx: DbClient, userId: string): Promise<void> {
  // $executeRaw: the function returns void, which $queryRaw can't deserialise.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LAST_ADMIN_LOCK}::bigint)`;
  const target = await tx.user.findUnique({
    where: { id: userId },
    select: { role: true, deactivated: true },
  });
  if (target?.role !== "ADMIN" || target.deactivated) return;
  const others = await tx.user.count({ where: { role: "ADMIN", deactivated: false, id: { not: userId } } });
  if (others === 0)
    throw new AppError(
      "BAD_REQUEST",
      "Dossier needs at least one active admin: make someone else an admin first",
    );
}
