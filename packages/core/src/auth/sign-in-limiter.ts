import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "../actor.ts";
import { AppError } from "../errors.ts";

/**
 * Failed sign-ins are counted per email and per IP in the database (table RateLimit), so every
 * app instance sharing the database enforces the same limit.
 */
export const SIGN_IN_LIMITS = {
  perEmail: { points: 5, duration: 15 * 60 },
  perIp: { points: 30, duration: 15 * 60 },
} as const;

type Limiters = { email: RateLimiterPrisma; ip: RateLimiterPrisma };
const limitersByDb = new WeakMap<Db, Limiters>();

function limitersFor(db: Db): Limiters {
  let limiters = limitersByDb.get(db);
  if (!limiters) {
    const common = { storeClient: db, tableName: "rateLimit", clearExpiredByTimeout: false };
    limiters = {
      email: new RateLimiterPrisma({ ...common, keyPrefix: "signin-email", ...SIGN_IN_LIMITS.perEmail }),
      ip: new RateLimiterPrisma({ ...common, keyPrefix: "signin-ip", ...SIGN_IN_LIMITS.perIp }),
    };
    limitersByDb.set(db, limiters);
  }
  return limiters;
}

const tooMany = (msBeforeNext: number) => {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return new AppError(
    "TOO_MANY_REQUESTS",
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  );
};

/** Throws TOO_MANY_REQUESTS when either counter is already exhausted. */
export async function assertSignInAllowed(db: Db, email: string, ip: string | null): Promise<void> {
  const { email: byEmail, ip: byIp } = limitersFor(db);
  const [e, i] = await Promise.all([byEmail.get(email), ip ? byIp.get(ip) : null]);
  for (const [res, limit] of [
    [e, SIGN_IN_LIMITS.perEmail.points],
    [i, SIGN_IN_LIMITS.perIp.points],
  ] as const) {
    if (res && res.consumedPoints >= limit) throw tooMany(res.msBeforeNext);
  }
}

export async function recordFailedSignIn(db: Db, email: string, ip: string | null): Promise<void> {
  const { email: byEmail, ip: byIp } = limitersFor(db);
  await Promise.all([byEmail.penalty(email, 1), ip ? byIp.penalty(ip, 1) : Promise.resolve()]).catch(
    (error: unknown) => {
      if (!(error instanceof RateLimiterRes)) throw error;
    },
  );
}

export async function clearFailedSignIns(db: Db, email: string): Promise<void> {
  await limitersFor(db).email.delete(email);
}
