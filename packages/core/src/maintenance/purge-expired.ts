import type { DbClient } from "../actor.ts";
import { PRESENCE_TTL_MS } from "../presence/presence.ts";

/**
 * Deletes rows nobody reads any more: presence heartbeats past their TTL (a closed tab never says
 * goodbye) and rate-limit counters past their expiry. Both tables otherwise only grow. Safe to run
 * from every app instance at once (plain deletes); the web server runs it every few minutes.
 */
export async function purgeExpiredRows(db: DbClient, now = new Date()) {
  const [presence, rateLimits] = await Promise.all([
    db.presence.deleteMany({ where: { lastSeenAt: { lt: new Date(now.getTime() - PRESENCE_TTL_MS) } } }),
    db.rateLimit.deleteMany({ where: { expire: { lt: now } } }),
  ]);
  return { presence: presence.count, rateLimits: rateLimits.count };
}
