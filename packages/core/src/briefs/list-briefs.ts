import type { BriefStatus } from "@dossier/db";
import { accessLevel, type BriefAccessLevel } from "../access/roles.ts";
import type { Actor, Db } from "../actor.ts";

/** Sections not reviewed (or, if never reviewed, not edited) for this long count as stale. */
export const STALE_AFTER_DAYS = 30;

export type BriefSummary = {
  id: string;
  country: string;
  title: string;
  status: BriefStatus;
  leafCount: number;
  filledCount: number;
  staleCount: number;
  lastEditedAt: Date;
  myRole: BriefAccessLevel;
};

/** The dashboard: every brief the actor may see, most recently edited first, with completeness. */
export async function listBriefs(
  db: Db,
  actor: Actor,
  now = new Date(),
  { includeArchived = false } = {},
): Promise<BriefSummary[]> {
  const briefs = await db.brief.findMany({
    where: {
      ...(actor.role === "ADMIN" ? {} : { members: { some: { userId: actor.id } } }),
      // Archived briefs leave the dashboard unless asked for (they stay readable by link).
      ...(includeArchived ? {} : { archivedAt: null }),
    },
    orderBy: { lastEditedAt: "desc" },
    select: {
      id: true,
      country: true,
      title: true,
      status: true,
      lastEditedAt: true,
      members: { where: { userId: actor.id }, select: { role: true } },
    },
  });
  if (briefs.length === 0) return [];
  const briefIds = briefs.map((b) => b.id);
  const staleBefore = new Date(now.getTime() - STALE_AFTER_DAYS * 86_400_000);
  const countBy = async (extra: object) => {
    const rows = await db.section.groupBy({
      by: ["briefId"],
      where: { briefId: { in: briefIds }, isLeaf: true, ...extra },
      _count: { _all: true },
    });
    return new Map(rows.map((r) => [r.briefId, r._count._all]));
  };
  const [leaves, filled, stale] = await Promise.all([
    countBy({}),
    countBy({ wordCount: { gt: 0 } }),
    countBy({
      wordCount: { gt: 0 },
      OR: [{ reviewedAt: { lt: staleBefore } }, { reviewedAt: null, lastEditedAt: { lt: staleBefore } }],
    }),
  ]);
  return briefs.map((b) => ({
    id: b.id,
    country: b.country,
    title: b.title,
    status: b.status,
    lastEditedAt: b.lastEditedAt,
    leafCount: leaves.get(b.id) ?? 0,
    filledCount: filled.get(b.id) ?? 0,
    staleCount: stale.get(b.id) ?? 0,
    myRole: accessLevel(actor.role, b.members[0]?.role ?? null) ?? "VIEWER",
  }));
}
