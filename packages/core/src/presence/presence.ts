import { assertCanReadBrief, getSectionAccess } from "../access/brief-access.ts";
import type { Actor, Db } from "../actor.ts";
import { publishPresence } from "../live/publish.ts";

/** A tab that hasn't sent a heartbeat for this long has left. Tabs beat every 15 s. */
export const PRESENCE_TTL_MS = 45_000;

/**
 * "I am here (and editing / just reading)". Only a change — arriving, or starting/stopping to
 * edit — is broadcast; plain heartbeats just keep the row fresh.
 */
export async function heartbeat(
  db: Db,
  actor: Actor,
  input: { sectionId: string; clientId: string; editing: boolean },
) {
  const { section } = await getSectionAccess(db, actor, input.sectionId);
  const key = { sectionId: section.id, userId: actor.id, clientId: input.clientId };
  const changed = await db.$transaction(async (tx) => {
    const before = await tx.presence.findUnique({
      where: { sectionId_userId_clientId: key },
      select: { editing: true, lastSeenAt: true },
    });
    await tx.presence.upsert({
      where: { sectionId_userId_clientId: key },
      create: { ...key, editing: input.editing },
      update: { editing: input.editing, lastSeenAt: new Date() },
    });
    const fresh = before && Date.now() - before.lastSeenAt.getTime() < PRESENCE_TTL_MS;
    return !fresh || before.editing !== input.editing;
  });
  if (changed) await publishPresence(db, section);
  return { ok: true as const };
}

/** The tab closed or moved on: forget it at once rather than waiting for the TTL. */
export async function leave(db: Db, actor: Actor, input: { sectionId: string; clientId: string }) {
  const { section } = await getSectionAccess(db, actor, input.sectionId);
  const { count } = await db.presence.deleteMany({
    where: { sectionId: section.id, userId: actor.id, clientId: input.clientId },
  });
  if (count) await publishPresence(db, section);
  return { ok: true as const };
}

/** Who is viewing or editing each section of a brief now (one entry per person and section). */
export async function listPresence(db: Db, actor: Actor, briefId: string) {
  await assertCanReadBrief(db, actor, briefId);
  const rows = await db.presence.findMany({
    where: { section: { briefId }, lastSeenAt: { gt: new Date(Date.now() - PRESENCE_TTL_MS) } },
    select: { sectionId: true, editing: true, user: { select: { id: true, name: true } } },
  });
  const merged = new Map<
    string,
    { sectionId: string; user: { id: string; name: string }; editing: boolean }
  >();
  for (const row of rows) {
    const k = `${row.sectionId}:${row.user.id}`;
    const seen = merged.get(k);
    merged.set(k, { ...row, editing: row.editing || (seen?.editing ?? false) });
  }
  return [...merged.values()];
}
