import { Prisma, rawTable, type SectionStatus } from "@dossier/db";
import { reviewsAsMemberSql, visibleBriefSql } from "../access/brief-visibility-sql.ts";
import type { Actor, DbClient } from "../actor.ts";
import { staleSectionSql } from "../briefs/stale-section-sql.ts";

/** Each list of My work shows at most this many rows (the most pressing first). */
export const MY_WORK_LIMIT = 50;

type Place = {
  briefId: string;
  country: string;
  sectionId: string;
  sectionKey: string;
  sectionTitle: string;
};

export type OwnedSection = Place & {
  status: SectionStatus;
  reviewDueAt: Date | null;
  stale: boolean;
  lastEditedAt: Date | null;
};
export type ReviewWaiting = Place & { reviewDueAt: Date | null; namedMe: boolean };
export type UnreadThread = Place & {
  threadId: string;
  /** The thread's first comment, shortened. */
  excerpt: string;
  /** "mention": someone named me since I last wrote in it; "reply": someone answered me. */
  reason: "mention" | "reply";
  lastCommentAt: Date;
  lastCommentBy: string;
};

export type MyWork = { owned: OwnedSection[]; reviews: ReviewWaiting[]; threads: UnreadThread[] };

/**
 * "My work" on the home page: the sections I own, the reviews waiting for me, and the open threads
 * with something new for me — all in briefs I may still see and that aren't archived.
 */
export async function listMyWork(db: DbClient, actor: Actor, now = new Date()): Promise<MyWork> {
  const [owned, reviews, threads] = await Promise.all([
    ownedSections(db, actor, now),
    reviewsWaiting(db, actor),
    unreadThreads(db, actor),
  ]);
  return { owned, reviews, threads };
}

/** `s` a Section, `b` its Brief and `m` the actor's membership (LEFT JOIN), readable and live. */
function sectionsInMyBriefs(db: DbClient, actor: Actor): Prisma.Sql {
  return Prisma.sql`${rawTable(db, "Section")} AS s
    JOIN ${rawTable(db, "Brief")} AS b ON b.id = s."briefId"
    LEFT JOIN ${rawTable(db, "BriefMember")} AS m ON m."briefId" = b.id AND m."userId" = ${actor.id}`;
}
const live = (actor: Actor) => Prisma.sql`${visibleBriefSql(actor, "m")} AND b."archivedAt" IS NULL`;
const place = Prisma.sql`b.id AS "briefId", b.country, s.id AS "sectionId", s.key AS "sectionKey",
  s.title AS "sectionTitle"`;

/** Mine, overdue and stale first, then by due date, then brief order. */
function ownedSections(db: DbClient, actor: Actor, now: Date) {
  const TemplateSection = rawTable(db, "TemplateSection");
  return db.$queryRaw<OwnedSection[]>`
    SELECT * FROM (
      SELECT ${place}, s.status::text AS status, s."reviewDueAt", s."lastEditedAt", s.position,
        ${staleSectionSql("s", "t", now)} AS stale
      FROM ${sectionsInMyBriefs(db, actor)}
      LEFT JOIN ${TemplateSection} AS t ON t."templateId" = b."templateId" AND t.key = s.key
      WHERE s."ownerId" = ${actor.id} AND s."isLeaf" AND ${live(actor)}
    ) AS x
    ORDER BY x.stale DESC, x."reviewDueAt" ASC NULLS LAST, x.country, x.position
    LIMIT ${MY_WORK_LIMIT}`;
}

/** In review and named to me, or to nobody in a brief I may review; soonest due first. */
function reviewsWaiting(db: DbClient, actor: Actor) {
  return db.$queryRaw<ReviewWaiting[]>`
    SELECT ${place}, s."reviewDueAt", (s."reviewerId" IS NOT NULL) AS "namedMe"
    FROM ${sectionsInMyBriefs(db, actor)}
    WHERE s.status = 'IN_REVIEW' AND ${live(actor)}
      AND (s."reviewerId" = ${actor.id} OR (s."reviewerId" IS NULL AND ${reviewsAsMemberSql(actor, "m")}))
    ORDER BY s."reviewDueAt" ASC NULLS LAST, b.country, s.position
    LIMIT ${MY_WORK_LIMIT}`;
}

/**
 * Open threads where someone mentioned me after my last comment in it, or that I wrote in and
 * someone else answered since. Newest news first.
 */
function unreadThreads(db: DbClient, actor: Actor) {
  const Thread = rawTable(db, "CommentThread");
  const Comment = rawTable(db, "Comment");
  const Mention = rawTable(db, "CommentMention");
  const User = rawTable(db, "User");
  return db.$queryRaw<UnreadThread[]>`
    WITH wrote AS (
      SELECT c."threadId", max(c."createdAt") AS at FROM ${Comment} AS c
      WHERE c."authorId" = ${actor.id} AND c."deletedAt" IS NULL GROUP BY c."threadId"
    ),
    named AS (
      SELECT c."threadId", max(c."createdAt") AS at FROM ${Mention} AS cm
      JOIN ${Comment} AS c ON c.id = cm."commentId"
      WHERE cm."userId" = ${actor.id} AND c."deletedAt" IS NULL AND c."authorId" <> ${actor.id}
      GROUP BY c."threadId"
    ),
    involved AS (SELECT "threadId" FROM wrote UNION SELECT "threadId" FROM named)
    SELECT ${place}, th.id AS "threadId", left(first.body, 140) AS excerpt,
      CASE WHEN named.at > COALESCE(wrote.at, '-infinity') THEN 'mention' ELSE 'reply' END AS reason,
      latest."createdAt" AS "lastCommentAt", latest.name AS "lastCommentBy"
    FROM involved
    JOIN ${Thread} AS th ON th.id = involved."threadId" AND th.status = 'OPEN'
    JOIN ${sectionsInMyBriefs(db, actor)} ON s.id = th."sectionId"
    LEFT JOIN wrote ON wrote."threadId" = th.id
    LEFT JOIN named ON named."threadId" = th.id
    CROSS JOIN LATERAL (
      SELECT c.body FROM ${Comment} AS c WHERE c."threadId" = th.id ORDER BY c."createdAt" LIMIT 1
    ) AS first
    CROSS JOIN LATERAL (
      SELECT c."createdAt", u.name FROM ${Comment} AS c JOIN ${User} AS u ON u.id = c."authorId"
      WHERE c."threadId" = th.id AND c."authorId" <> ${actor.id} AND c."deletedAt" IS NULL
      ORDER BY c."createdAt" DESC LIMIT 1
    ) AS latest
    WHERE ${live(actor)}
      AND (named.at > COALESCE(wrote.at, '-infinity') OR latest."createdAt" > wrote.at)
    ORDER BY latest."createdAt" DESC
    LIMIT ${MY_WORK_LIMIT}`;
}
