import { type BriefStatus, Prisma, rawTable } from "@dossier/db";
import {
  type BriefCursor,
  type BriefListStatus,
  type BriefSort,
  DEFAULT_SORT_DIRECTION,
  type ListBriefsInput,
} from "@dossier/schema";
import { editsAsMemberSql, visibleBriefSql } from "../access/brief-visibility-sql.ts";
import { accessLevel, type BriefAccessLevel } from "../access/roles.ts";
import type { Actor, DbClient } from "../actor.ts";
import { AppError } from "../errors.ts";
import { staleSectionSql } from "./stale-section-sql.ts";

export type BriefSummary = {
  id: string;
  country: string;
  title: string;
  /** The review status, or ARCHIVED when the brief is archived. */
  status: BriefListStatus;
  archivedAt: Date | null;
  leafCount: number;
  filledCount: number;
  emptyCount: number;
  approvedCount: number;
  staleCount: number;
  reviewsWaiting: number;
  ownerlessCount: number;
  openThreads: number;
  lastEditedAt: Date;
  /** Who made the brief's latest edit (null before the first save, or if they left). */
  lastEditedBy: { id: string; name: string } | null;
  myRole: BriefAccessLevel;
  /** The first section in reading order, where the brief opens (null for a brief without sections). */
  firstSectionKey: string | null;
};

export type BriefPage = { items: BriefSummary[]; nextCursor: BriefCursor | null };

type Row = Omit<BriefSummary, "status" | "myRole" | "lastEditedBy"> & {
  briefStatus: BriefStatus;
  memberRole: "EDITOR" | "REVIEWER" | "VIEWER" | null;
  editorId: string | null;
  editorName: string | null;
  filledPermille: number;
  approvedPermille: number;
};

/**
 * Sort keys. `lastEdited` and `country` are columns of Brief, so the page is cut before the counts
 * are made (41 sections × 25 briefs); the others are counts, made for every matching brief first.
 */
const SORT_SQL: Record<BriefSort, { expr: string; briefColumn: boolean }> = {
  lastEdited: { expr: `"lastEditedAt"`, briefColumn: true },
  country: { expr: `country`, briefColumn: true },
  filled: { expr: `"filledPermille"`, briefColumn: false },
  approved: { expr: `"approvedPermille"`, briefColumn: false },
  stale: { expr: `"staleCount"`, briefColumn: false },
};

/**
 * The desk dashboard: the briefs the actor may see, filtered and sorted, one keyset page at a time,
 * each with its completeness, review and freshness counts and its last edit — in one SQL statement
 * per page. Ties on the sort key are broken by id, which the cursor carries too.
 */
export async function listBriefs(
  db: DbClient,
  actor: Actor,
  input: ListBriefsInput,
  now = new Date(),
): Promise<BriefPage> {
  const sort = SORT_SQL[input.sort];
  const dir = input.dir ?? DEFAULT_SORT_DIRECTION[input.sort];
  const order = Prisma.raw(`${sort.expr} ${dir}, id ${dir}`);
  const after = input.cursor ? keysetSql(input.sort, dir, input.cursor) : Prisma.sql`true`;
  const limit = input.limit + 1;
  const candidates = candidatesSql(db, actor, input);

  const rows = sort.briefColumn
    ? await db.$queryRaw<Row[]>`
        WITH candidates AS (${candidates}),
        page AS (SELECT * FROM candidates WHERE ${after} ORDER BY ${order} LIMIT ${limit}),
        ${statsCtes(db, "page", now)}
        SELECT c.*, ${STATS_COLUMNS}, ${firstSectionKeySql(db, "c")} FROM page AS c ${statsJoins(db)}
        ORDER BY ${order}`
    : await db.$queryRaw<Row[]>`
        WITH candidates AS (${candidates}),
        ${statsCtes(db, "candidates", now)}
        SELECT p.*, ${firstSectionKeySql(db, "p")} FROM (
          SELECT * FROM (SELECT c.*, ${STATS_COLUMNS} FROM candidates AS c ${statsJoins(db)}) AS x
          WHERE ${after} ORDER BY ${order} LIMIT ${limit}) AS p
        ORDER BY ${order}`;

  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toSummary(actor, row)),
    nextCursor: rows.length > input.limit && last ? cursorOf(input.sort, last) : null,
  };
}

/** The briefs the actor may see that pass the filters, with their own columns. */
function candidatesSql(db: DbClient, actor: Actor, input: ListBriefsInput): Prisma.Sql {
  const Brief = rawTable(db, "Brief");
  const Member = rawTable(db, "BriefMember");
  const Section = rawTable(db, "Section");
  const filters: Prisma.Sql[] = [visibleBriefSql(actor, "m")];
  if (input.status === "ARCHIVED") filters.push(Prisma.sql`b."archivedAt" IS NOT NULL`);
  else {
    if (input.status) filters.push(Prisma.sql`b.status::text = ${input.status}`);
    if (!input.includeArchived) filters.push(Prisma.sql`b."archivedAt" IS NULL`);
  }
  if (input.search) {
    const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(Prisma.sql`(b.country ILIKE ${pattern} OR b.title ILIKE ${pattern})`);
  }
  if (input.mine) {
    filters.push(Prisma.sql`(${editsAsMemberSql(actor, "m")} OR EXISTS (
      SELECT 1 FROM ${Section} AS o WHERE o."briefId" = b.id AND o."ownerId" = ${actor.id}))`);
  }
  return Prisma.sql`
    SELECT b.id, b.country, b.title, b.status::text AS "briefStatus", b."archivedAt",
      b."lastEditedAt", b."templateId", m.role::text AS "memberRole"
    FROM ${Brief} AS b
    LEFT JOIN ${Member} AS m ON m."briefId" = b.id AND m."userId" = ${actor.id}
    WHERE ${Prisma.join(filters, " AND ")}`;
}

/**
 * Per-brief counts for the briefs of CTE `source`, set-based: one pass over their sections (grouped
 * by brief, the template's policies hashed once) and one over their open threads. The last editor
 * is the one of the most recently edited section.
 */
function statsCtes(db: DbClient, source: "page" | "candidates", now: Date): Prisma.Sql {
  const src = Prisma.raw(source);
  return Prisma.sql`
    st AS (
      SELECT s."briefId",
        count(*)::int AS "leafCount",
        count(*) FILTER (WHERE s."wordCount" > 0)::int AS "filledCount",
        count(*) FILTER (WHERE s.status IN ('APPROVED', 'NOT_APPLICABLE'))::int AS "approvedCount",
        count(*) FILTER (WHERE s.status = 'IN_REVIEW')::int AS "reviewsWaiting",
        count(*) FILTER (WHERE s."ownerId" IS NULL)::int AS "ownerlessCount",
        count(*) FILTER (WHERE ${staleSectionSql("s", "t", now)})::int AS "staleCount",
        (array_agg(s."lastEditedById" ORDER BY s."lastEditedAt" DESC)
          FILTER (WHERE s."lastEditedAt" IS NOT NULL))[1] AS "editorId"
      FROM ${src} AS src
      JOIN ${rawTable(db, "Section")} AS s ON s."briefId" = src.id AND s."isLeaf"
      LEFT JOIN ${rawTable(db, "TemplateSection")} AS t ON t."templateId" = src."templateId" AND t.key = s.key
      GROUP BY s."briefId"
    ),
    th AS (
      SELECT ct."briefId", count(*)::int AS "openThreads"
      FROM ${src} AS src
      JOIN ${rawTable(db, "CommentThread")} AS ct ON ct."briefId" = src.id AND ct.status = 'OPEN'
      GROUP BY ct."briefId"
    )`;
}

/**
 * Where the dashboard's link opens the brief: its first leaf in reading order. Asked for the
 * page's rows only, from the (briefId, position) index; in the counting pass it would cost the
 * counts their index-only scan (position is not in Section_dashboard_idx).
 */
function firstSectionKeySql(db: DbClient, alias: "c" | "p"): Prisma.Sql {
  return Prisma.sql`(SELECT f.key FROM ${rawTable(db, "Section")} AS f
    WHERE f."briefId" = ${Prisma.raw(alias)}.id AND f."isLeaf"
    ORDER BY f.position LIMIT 1) AS "firstSectionKey"`;
}

const STATS_COLUMNS = Prisma.sql`
  COALESCE(st."leafCount", 0) AS "leafCount", COALESCE(st."filledCount", 0) AS "filledCount",
  COALESCE(st."leafCount" - st."filledCount", 0) AS "emptyCount",
  COALESCE(st."approvedCount", 0) AS "approvedCount", COALESCE(st."staleCount", 0) AS "staleCount",
  COALESCE(st."reviewsWaiting", 0) AS "reviewsWaiting",
  COALESCE(st."ownerlessCount", 0) AS "ownerlessCount", COALESCE(th."openThreads", 0) AS "openThreads",
  u.id AS "editorId", u.name AS "editorName",
  COALESCE(st."filledCount" * 1000 / NULLIF(st."leafCount", 0), 0) AS "filledPermille",
  COALESCE(st."approvedCount" * 1000 / NULLIF(st."leafCount", 0), 0) AS "approvedPermille"`;

function statsJoins(db: DbClient): Prisma.Sql {
  return Prisma.sql`
    LEFT JOIN st ON st."briefId" = c.id
    LEFT JOIN th ON th."briefId" = c.id
    LEFT JOIN ${rawTable(db, "User")} AS u ON u.id = st."editorId"`;
}

/** Rows strictly after the cursor in the page's order: (key, id) beyond (cursor key, cursor id). */
function keysetSql(sort: BriefSort, dir: "asc" | "desc", cursor: BriefCursor): Prisma.Sql {
  const key = Prisma.raw(SORT_SQL[sort].expr);
  const beyond = Prisma.raw(dir === "asc" ? ">" : "<");
  return Prisma.sql`(${key}, id) ${beyond} (${cursorValue(sort, cursor.value)}, ${cursor.id})`;
}

function cursorValue(sort: BriefSort, value: string | number): Prisma.Sql {
  const bad = () => new AppError("BAD_REQUEST", "This page link is out of date; reload the list");
  if (sort === "lastEdited") {
    const time = typeof value === "string" ? new Date(value) : null;
    if (!time || Number.isNaN(time.getTime())) throw bad();
    return Prisma.sql`${time.toISOString()}::timestamp`;
  }
  if (sort === "country") {
    if (typeof value !== "string") throw bad();
    return Prisma.sql`${value}::text`;
  }
  if (typeof value !== "number") throw bad();
  return Prisma.sql`${value}::int`;
}

function cursorOf(sort: BriefSort, row: Row): BriefCursor {
  const value = {
    lastEdited: () => row.lastEditedAt.toISOString(),
    country: () => row.country,
    filled: () => row.filledPermille,
    approved: () => row.approvedPermille,
    stale: () => row.staleCount,
  }[sort]();
  return { value, id: row.id };
}

function toSummary(actor: Actor, row: Row): BriefSummary {
  const { briefStatus, memberRole, editorId, editorName, filledPermille, approvedPermille, ...rest } = row;
  const { templateId: _t, ...summary } = rest as typeof rest & { templateId?: string };
  return {
    ...summary,
    status: row.archivedAt ? "ARCHIVED" : briefStatus,
    lastEditedBy: editorId && editorName ? { id: editorId, name: editorName } : null,
    myRole: accessLevel(actor.role, memberRole) ?? "VIEWER",
  };
}
