import type { Actor, Db } from "../actor.ts";

/**
 * Briefs the actor can read whose country is `country` (ignoring case), for the new-brief
 * dialog's "a brief for Mali already exists". Briefs the actor can't read are not mentioned.
 */
export async function briefsForCountry(db: Db, actor: Actor, country: string) {
  return db.brief.findMany({
    where: {
      country: { equals: country.trim(), mode: "insensitive" },
      ...(actor.role === "ADMIN" ? {} : { members: { some: { userId: actor.id } } }),
    },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { id: true, title: true, country: true, createdAt: true },
  });
}
