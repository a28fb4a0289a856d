import type { Db } from "../actor.ts";
import { getDummyHash } from "./passwords.ts";

/**
 * What the first sign-in after a server start would otherwise pay for, done at start instead
 * (apps/web's instrumentation hook): the database pool's first connection, Prisma's first
 * compile of the sign-in's user lookup (the same query verifyCredentials makes), and the
 * password hasher's first run — its native module and thread pool — whose hash is the one
 * unknown emails are checked against, so it is needed anyway. Reads nothing and writes nothing.
 * Measured: the first sign-in of a fresh server took 330 ms, the next ones 40–70 ms; warmed, the
 * first took 75–100 ms. Never rejects: answers false when the database is not reachable yet
 * (the first real request then waits as it would have).
 */
export async function warmUpSignIn(db: Db): Promise<boolean> {
  try {
    await Promise.all([
      db.user.findUnique({
        where: { email: "" },
        select: { id: true, email: true, name: true, role: true, deactivated: true, passwordHash: true },
      }),
      getDummyHash(),
    ]);
    return true;
  } catch (error) {
    console.warn("warm-up skipped:", error instanceof Error ? error.message.split("\n")[0] : String(error));
    return false;
  }
}
