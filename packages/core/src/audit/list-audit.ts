import type { Prisma } from "@dossier/db";
import type { BriefActivityInput, ListAuditInput } from "@dossier/schema";
import { assertCanReadBrief } from "../access/brief-access.ts";
import { canEditBrief } from "../access/roles.ts";
import type { Actor, Db } from "../actor.ts";
import { AppError } from "../errors.ts";

const eventSelect = {
  id: true,
  createdAt: true,
  action: true,
  actorId: true,
  actorName: true,
  briefId: true,
  sectionId: true,
  targetId: true,
  ip: true,
  data: true,
} as const;

/** Newest first; keyset pages continue after the previous page's last event (Prisma's cursor). */
async function page(
  db: Db,
  where: Prisma.AuditEventWhereInput,
  input: { cursor?: string | null; limit: number },
) {
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: eventSelect,
  });
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

/**
 * Names for the briefs and sections a page of events mentions, as they are now (null once
 * deleted: the events' own data keeps what they were called).
 */
async function labels(db: Db, items: { briefId: string | null; sectionId: string | null }[]) {
  const ids = (key: "briefId" | "sectionId") => [
    ...new Set(items.map((i) => i[key]).filter((id) => id !== null)),
  ];
  const [briefs, sections] = await Promise.all([
    db.brief.findMany({
      where: { id: { in: ids("briefId") } },
      select: { id: true, title: true, country: true },
    }),
    db.section.findMany({
      where: { id: { in: ids("sectionId") } },
      select: { id: true, key: true, title: true },
    }),
  ]);
  return { briefs: new Map(briefs.map((b) => [b.id, b])), sections: new Map(sections.map((s) => [s.id, s])) };
}

/** The admin's audit log, filtered by person, brief, action and time. */
export async function listAudit(db: Db, actor: Actor, input: ListAuditInput) {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only admins can read the audit log");
  const result = await page(
    db,
    {
      ...(input.actorId ? { actorId: input.actorId } : {}),
      ...(input.briefId ? { briefId: input.briefId } : {}),
      ...(input.action ? { action: input.action } : {}),
      ...(input.from || input.to ? { createdAt: { gte: input.from, lte: input.to } } : {}),
    },
    input,
  );
  const { briefs, sections } = await labels(db, result.items);
  return {
    nextCursor: result.nextCursor,
    items: result.items.map((e) => ({
      ...e,
      brief: e.briefId ? (briefs.get(e.briefId) ?? null) : null,
      section: e.sectionId ? (sections.get(e.sectionId) ?? null) : null,
    })),
  };
}

/** A brief's activity feed, for its editors (and admins). Request addresses are for admins only. */
export async function listBriefActivity(db: Db, actor: Actor, input: BriefActivityInput) {
  const level = await assertCanReadBrief(db, actor, input.briefId);
  if (!canEditBrief(level)) throw new AppError("FORBIDDEN", "Only the brief's editors can see its activity");
  const result = await page(db, { briefId: input.briefId }, input);
  const { sections } = await labels(db, result.items);
  return {
    nextCursor: result.nextCursor,
    items: result.items.map(({ ip: _ip, ...e }) => ({
      ...e,
      section: e.sectionId ? (sections.get(e.sectionId) ?? null) : null,
    })),
  };
}
