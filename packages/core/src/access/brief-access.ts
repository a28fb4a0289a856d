import { type BriefRole, Prisma, rawTable } from "@dossier/db";
import type { Actor, DbClient } from "../actor.ts";
import { AppError } from "../errors.ts";
import { archivedError } from "./archived.ts";
import { accessLevel, type BriefAccessLevel, canEditSection } from "./roles.ts";

/** The one place that answers "may this actor see this brief?". Unknown and invisible look alike. */
export async function assertCanReadBrief(
  db: DbClient,
  actor: Actor,
  briefId: string,
): Promise<BriefAccessLevel> {
  const brief = await db.brief.findUnique({
    where: { id: briefId },
    select: { id: true, members: { where: { userId: actor.id }, select: { role: true } } },
  });
  const level = brief ? accessLevel(actor.role, brief.members[0]?.role ?? null) : null;
  if (!level) throw new AppError("NOT_FOUND", "Brief not found");
  return level;
}

export type SectionAccess = {
  level: BriefAccessLevel;
  /** False in an archived brief, whatever the actor's rights. */
  canEdit: boolean;
  /** The brief is archived: readable, but nothing in it may change. */
  archived: boolean;
  section: { id: string; briefId: string; ownerId: string | null; isLeaf: boolean };
};

/** Loads a section with the actor's rights on it; NOT_FOUND when the actor can't see its brief. */
export async function getSectionAccess(
  db: DbClient,
  actor: Actor,
  sectionId: string,
): Promise<SectionAccess> {
  const { current: _current, ...access } = await loadSectionAccess(db, actor, sectionId, false);
  return access;
}

/** The section's current revision (id and plain text), read with the access check by saves. */
export type CurrentText = { id: string; text: string } | null;

/**
 * One query: the section, the actor's membership and — when `withCurrent` — the current
 * revision's id and text (a save needs them next; reading them here saves a round trip). Raw SQL:
 * every save and section mutation starts here, and Prisma's query builder cost about twice the
 * CPU of the same join (bench/save-profile.ts); the rules applied to the row are unchanged.
 */
async function loadSectionAccess(
  db: DbClient,
  actor: Actor,
  sectionId: string,
  withCurrent: boolean,
): Promise<SectionAccess & { current: CurrentText }> {
  const current = withCurrent
    ? Prisma.sql`r.id AS "currentId", r.text AS "currentText"`
    : Prisma.sql`NULL AS "currentId", NULL AS "currentText"`;
  const currentJoin = withCurrent
    ? Prisma.sql`LEFT JOIN ${rawTable(db, "Revision")} r ON r.id = s."currentRevisionId"`
    : Prisma.empty;
  const [row] = await db.$queryRaw<SectionAccessRow[]>`
    SELECT s.id, s."briefId", s."ownerId", s."isLeaf", b."archivedAt", m.role AS "memberRole", ${current}
    FROM ${rawTable(db, "Section")} s
    JOIN ${rawTable(db, "Brief")} b ON b.id = s."briefId"
    LEFT JOIN ${rawTable(db, "BriefMember")} m ON m."briefId" = s."briefId" AND m."userId" = ${actor.id}
    ${currentJoin}
    WHERE s.id = ${sectionId}`;
  const level = row ? accessLevel(actor.role, row.memberRole) : null;
  if (!row || !level) throw new AppError("NOT_FOUND", "Section not found");
  const section = { id: row.id, briefId: row.briefId, ownerId: row.ownerId, isLeaf: row.isLeaf };
  const archived = row.archivedAt !== null;
  return {
    level,
    archived,
    canEdit: !archived && canEditSection(level, actor.id, section),
    section,
    current: row.currentId === null ? null : { id: row.currentId, text: row.currentText ?? "" },
  };
}

/** loadSectionAccess's one row (a LEFT JOIN leaves the membership and revision null when absent). */
type SectionAccessRow = {
  id: string;
  briefId: string;
  ownerId: string | null;
  isLeaf: boolean;
  archivedAt: Date | null;
  memberRole: BriefRole | null;
  currentId: string | null;
  currentText: string | null;
};

/** Throws FORBIDDEN unless the actor may change this section's content. */
export async function assertCanEditSection(
  db: DbClient,
  actor: Actor,
  sectionId: string,
): Promise<SectionAccess> {
  const { current: _current, ...access } = editable(await loadSectionAccess(db, actor, sectionId, false));
  return access;
}

/** assertCanEditSection that also returns the section's current revision id and text (saves). */
export async function assertCanEditSectionWithCurrent(
  db: DbClient,
  actor: Actor,
  sectionId: string,
): Promise<SectionAccess & { current: CurrentText }> {
  return editable(await loadSectionAccess(db, actor, sectionId, true));
}

function editable<T extends SectionAccess>(access: T): T {
  if (access.archived) throw archivedError();
  if (!access.canEdit) {
    throw new AppError(
      "FORBIDDEN",
      access.level === "EDITOR" || access.level === "ADMIN"
        ? "This section is owned by someone else"
        : "You have read-only access to this brief",
    );
  }
  if (!access.section.isLeaf)
    throw new AppError("BAD_REQUEST", "This section only groups others; edit its subsections");
  return access;
}
