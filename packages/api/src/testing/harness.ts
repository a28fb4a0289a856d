import { type Actor, ensureDefaultTemplate } from "@dossier/core";
import type { BriefRole, OrgRole, PrismaClient } from "@dossier/db";
import { createTestDatabase } from "@dossier/db/testing";
import { createCaller } from "../root.ts";

/**
 * A fresh database schema for one test file, plus factories that make unique data per test.
 * Integration tests call procedures through `createCaller`, exactly as the HTTP handler does.
 */
export async function createHarness() {
  const database = await createTestDatabase();
  const db: PrismaClient = database.prisma;
  await ensureDefaultTemplate(db);
  let seq = 0;

  async function user(role: OrgRole = "EDITOR", name?: string): Promise<Actor> {
    seq += 1;
    const tag = `${Date.now().toString(36)}${seq}`;
    return db.user.create({
      // Factories skip password hashing: sign-in tests hash their own.
      data: {
        email: `${role.toLowerCase()}-${tag}@test.dossier`,
        name: name ?? `${role} ${tag}`,
        role,
        passwordHash: "x",
      },
      select: { id: true, email: true, name: true, role: true },
    });
  }

  const caller = (actor: Actor | null) => createCaller({ db, user: actor });

  /** A brief created by `owner`, with `members` added in the given roles. */
  async function brief(owner: Actor, members: [Actor, BriefRole][] = [], country = "Testland") {
    const { id } = await caller(owner).briefs.create({ country });
    for (const [member, role] of members) {
      await db.briefMember.create({ data: { briefId: id, userId: member.id, role } });
    }
    return id;
  }

  async function section(briefId: string, key = "crises") {
    return db.section.findUniqueOrThrow({ where: { briefId_key: { briefId, key } } });
  }

  return { db, schema: database.schema, user, caller, brief, section, close: database.drop };
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;

/** A small valid document with the given paragraphs. */
export const doc = (...paragraphs: string[]) => ({
  type: "doc" as const,
  content: paragraphs.map((text) => ({ type: "paragraph", content: text ? [{ type: "text", text }] : [] })),
});
