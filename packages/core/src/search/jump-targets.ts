import { Prisma, rawTable } from "@dossier/db";
import type { JumpTargets } from "@dossier/schema";
import { inReadableBriefs, readableBriefs } from "../access/readable-briefs.ts";
import type { Actor, DbClient } from "../actor.ts";

const MAX_BRIEFS = 5;
const MAX_SECTIONS = 8;
const MAX_WORDS = 6;

/** The words of a palette query: letters and digits only, so they are safe in a tsquery and a LIKE. */
export function jumpWords(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** `'word':*` — a prefix match on a word of the title. The word holds only letters and digits. */
const prefix = (word: string) => Prisma.sql`to_tsquery('simple', ${`'${word}':*`})`;
const contains = (word: string) => `%${word}%`;

/**
 * The command palette's "go to": briefs whose country or title contains every word, and sections
 * whose title has a word starting with each typed word — or whose brief matches it, so "mali cri"
 * finds Mali's Crises. Titles are matched through Section.titleVector (GIN, prefix queries).
 * Cheap enough to run on every keystroke.
 */
export async function listJumpTargets(db: DbClient, actor: Actor, query: string): Promise<JumpTargets> {
  const words = jumpWords(query);
  if (words.length === 0) return { briefs: [], sections: [] };
  const Section = rawTable(db, "Section");
  const Brief = rawTable(db, "Brief");
  const briefText = Prisma.sql`(b.country || ' ' || b.title)`;
  const briefMatches = Prisma.join(
    words.map((w) => Prisma.sql`${briefText} ILIKE ${contains(w)}`),
    " AND ",
  );
  const sectionMatches = Prisma.join(
    words.map((w) => Prisma.sql`(s."titleVector" @@ ${prefix(w)} OR ${briefText} ILIKE ${contains(w)})`),
    " AND ",
  );
  const readable = await readableBriefs(db, actor);
  const anyTitleWord = Prisma.sql`to_tsquery('simple', ${words.map((w) => `'${w}':*`).join(" | ")})`;

  const [briefs, sections] = await Promise.all([
    db.$queryRaw<JumpTargets["briefs"]>`
      SELECT b.id AS "briefId", b.title, b.country, b.status::text AS status
      FROM ${Brief} AS b
      WHERE ${briefMatches} AND ${inReadableBriefs("b.id", readable)}
      ORDER BY lower(b.country) LIKE ${`${words[0]}%`} DESC, b."lastEditedAt" DESC, b.id
      LIMIT ${MAX_BRIEFS}`,
    db.$queryRaw<JumpTargets["sections"]>`
      SELECT s."briefId", b.title AS "briefTitle", b.country, s.id AS "sectionId",
        s.key AS "sectionKey", s.title AS "sectionTitle", s."isLeaf", p.title AS "parentTitle"
      FROM ${Section} AS s
      JOIN ${Brief} AS b ON b.id = s."briefId"
      LEFT JOIN ${Section} AS p ON p.id = s."parentId"
      WHERE s."titleVector" @@ ${anyTitleWord} AND ${sectionMatches}
        AND ${inReadableBriefs('s."briefId"', readable)}
      ORDER BY b."lastEditedAt" DESC, b.id, s.position
      LIMIT ${MAX_SECTIONS}`,
  ]);
  return { briefs, sections };
}
