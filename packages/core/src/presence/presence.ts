import { assertCanReadBrief, getSectionAccess } from "../access/brief-access.ts";
import { accessLevel, canEditSection } from "../access/roles.ts";
import type { Actor, Db } from "../actor.ts";
import { publishPresence } from "../live/publish.ts";

/** A tab that hasn't sent a heartbeat for this long has left. Tabs beat every 15 s. */
export const PRESENCE_TTL_MS = 45_000;

// Presence is not audited: heartbeats and leaving say who is looking at a section right now; they
// change no record (rows expire in 45 s) and would flood the log with one event per tab every 15 s.

/**
 * "I am here (and editing / just reading)". Only a change — arriving, or starting/stopping to
 * edit — is broadcast; plain heartbeats just keep the row fresh.
 */
export async function heartbeat(
  db: Db,
  actor: Actor,
  input: { sectionId: string; clientId: string; editing: boolean },
) {
  const { section, canEdit } = await getSectionAccess(db, actor, input.sectionId);
  // Only someone who may edit the section shows as editing it (a tab opened before a demotion
  // may still say so).
  const editing = input.editing && canEdit && section.isLeaf;
  const key = { sectionId: section.id, userId: actor.id, clientId: input.clientId };
  const changed = await db.$transaction(async (tx) => {
    const before = await tx.presence.findUnique({
      where: { sectionId_userId_clientId: key },
      select: { editing: true, lastSeenAt: true },
    });
    await tx.presence.upsert({
      where: { sectionId_userId_clientId: key },
      create: { ...key, editing },
      update: { editing, lastSeenAt: new Date() },
    });
    const fresh = before && Date.now() - before.lastSeenAt.getTime() < PRESENCE_TTL_MS;
    return !fresh || before.editing !== editing;
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

/**
 * Who is viewing or editing each section of a brief now (one entry per person and section). Rights
 * are re-read, so a row written before someone lost access or editing rights never shows them.
 */
export async function listPresence(db: Db, actor: Actor, briefId: string) {
  await assertCanReadBrief(db, actor, briefId);
  const rows = await db.presence.findMany({
    where: {
      section: { briefId },
      lastSeenAt: { gt: new Date(Date.now() - PRESENCE_TTL_MS) },
      user: { deactivated: false },
    },
    select: {
      sectionId: true,
      editing: true,
      section: { select: { ownerId: true, isLeaf: true } },
      user: {
        select: {
          id: true,
          name: true,
          role: true,
          memberships: { where: { briefId }, select: { role: true } },
        },
      },
    },
  });
  const merged = new Map<
    string,
    { sectionId: string; user: { id: string; name: string }; editing: boolean }
  >();
  for (const row of rows) {
    const level = accessLevel(row.user.role, row.user.memberships[0]?.role ?? null);
    if (!level) continue;
    const mayEdit = row.section.isLeaf && canEditSection(level, row.user.id, row.section);
    const k = `${row.sectionId}:${row.user.id}`;
    const seen = merged.get(k);
    merged.set(k, {
      sectionId: row.sectionId,
      user: { id: row.user.id, name: row.user.name },
      editing: (row.editing && mayEdit) || (seen?.editing ?? false),
    });
  }
  return [...merged.values()];
}
