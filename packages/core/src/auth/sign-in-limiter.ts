import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "../actor.ts";
import { AppError } from "../errors.ts";

/**
 * Sign-in protection after rate-limiter-flexible's "login endpoint protection" scheme, with its
 * counters in the database (table RateLimit) so every app instance enforces the same limits:
 * - per account AND address, tight: a few consecutive failures lock that pair out (a success
 *   clears it). A stranger guessing a colleague's password locks out only themselves;
 * - per account from anywhere, loose: many failures from many addresses lock the account out
 *   for a while, each lockout longer than the last (slows a distributed guess);
 * - per address across accounts: stops one address spraying passwords over many accounts.
 *
 * Attempts are counted BEFORE the password is checked, with the stores' atomic increments, so
 * fifty concurrent guesses can't all slip through between a check and a record: only the first
 * few get a password check, the rest are refused without one.
 */
export const SIGN_IN_LIMITS = {
  perEmailAndIp: { points: 5, duration: 24 * 60 * 60, blockDuration: 15 * 60 },
  perEmail: { points: 20, duration: 60 * 60, firstLockout: 60, maxLockout: 24 * 60 * 60 },
  perIp: { points: 100, duration: 24 * 60 * 60, blockDuration: 60 * 60 },
} as const;

type Limiters = {
  pair: RateLimiterPrisma;
  email: RateLimiterPrisma;
  lockouts: RateLimiterPrisma;
  ip: RateLimiterPrisma;
};
const limitersByDb = new WeakMap<Db, Limiters>();

function limitersFor(db: Db): Limiters {
  let limiters = limitersByDb.get(db);
  if (!limiters) {
    // Expired rows are purged by purgeExpiredRows (maintenance), not by a timer per limiter.
    const common = { storeClient: db, tableName: "rateLimit", clearExpiredByTimeout: false };
    const { perEmailAndIp, perEmail, perIp } = SIGN_IN_LIMITS;
    limiters = {
      pair: new RateLimiterPrisma({ ...common, keyPrefix: "signin-pair", ...perEmailAndIp }),
      email: new RateLimiterPrisma({
        ...common,
        keyPrefix: "signin-email",
        points: perEmail.points,
        duration: perEmail.duration,
      }),
      // How many times the account was locked out today: each lockout doubles the next one.
      lockouts: new RateLimiterPrisma({
        ...common,
        keyPrefix: "signin-lockouts",
        points: 1000,
        duration: 86_400,
      }),
      ip: new RateLimiterPrisma({ ...common, keyPrefix: "signin-ip", ...perIp }),
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

/** Consumes one point; a refusal comes back as the limiter's answer, a store failure throws. */
async function consume(limiter: RateLimiterPrisma, key: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) return error;
    throw error;
  }
}

const refused = (res: RateLimiterRes, points: number) => res.consumedPoints > points;

/** What to do once the password was checked. */
export type SignInAttempt = { succeeded(): Promise<void> };

/**
 * Counts this attempt against every limit, or throws TOO_MANY_REQUESTS (without counting it
 * against the account when the address is already refused). Call before checking the password.
 */
export async function beginSignInAttempt(db: Db, email: string, ip: string | null): Promise<SignInAttempt> {
  const limiters = limitersFor(db);
  const { perEmailAndIp, perEmail, perIp } = SIGN_IN_LIMITS;
  // Without a known address every unknown-address attempt shares one pair key per account.
  const pairKey = `${email} ${ip ?? "unknown"}`;
  const [pair, byIp] = await Promise.all([
    consume(limiters.pair, pairKey),
    ip ? consume(limiters.ip, ip) : null,
  ]);
  for (const [res, points] of [
    [pair, perEmailAndIp.points],
    [byIp, perIp.points],
  ] as const) {
    if (res && refused(res, points)) throw tooMany(res.msBeforeNext);
  }
  const byEmail = await consume(limiters.email, email);
  if (refused(byEmail, perEmail.points)) {
    // Only the attempt that crossed the limit starts a lockout; the others wait it out.
    if (byEmail.consumedPoints === perEmail.points + 1) {
      const count = (await consume(limiters.lockouts, email)).consumedPoints;
      const seconds = Math.min(perEmail.firstLockout * 2 ** (count - 1), perEmail.maxLockout);
      await limiters.email.block(email, seconds);
      throw tooMany(seconds * 1000);
    }
    throw tooMany(byEmail.msBeforeNext);
  }
  return {
    async succeeded() {
      // The right password: this pair starts afresh, and the attempt doesn't count elsewhere.
      await Promise.all([
        limiters.pair.delete(pairKey),
        limiters.email.reward(email, 1),
        ip ? limiters.ip.reward(ip, 1) : null,
      ]);
    },
  };
}
