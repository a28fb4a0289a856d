import {
  type Actor,
  ensureDefaultTemplate,
  hashPassword,
  loadSessionActor,
  type RequestMeta,
  startSession,
} from "@dossier/core";
import type { BriefRole, OrgRole, PrismaClient } from "@dossier/db";
import { createTestDatabase } from "@dossier/db/testing";
import { TRPCError } from "@trpc/server";
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

  async function user(role: OrgRole = "EDITOR", name?: string, password?: string): Promise<Actor> {
    seq += 1;
    const tag = `${Date.now().toString(36)}${seq}`;
    return db.user.create({
      // Factories skip password hashing unless a test needs to sign in with one.
      data: {
        email: `${role.toLowerCase()}-${tag}@test.dossier`,
        name: name ?? `${role} ${tag}`,
        role,
        passwordHash: password ? await hashPassword(password) : "x",
      },
      select: { id: true, email: true, name: true, role: true },
    });
  }

  const meta: RequestMeta = { ip: "203.0.113.9", appUrl: "https://dossier.example" };
  // As the HTTP handler does: the request's address on the actor (for audit events) and in meta.
  const caller = (actor: Actor | null) =>
    createCaller({ db, user: actor && { ...actor, ip: meta.ip }, meta });

  /**
   * Opens a real session for `actor` (as signing in does) and returns the actor as a request
   * would load it through that session: with its session id, so session rules apply.
   */
  async function signedIn(actor: Actor): Promise<Actor & { sessionId: string }> {
    const sessionId = await startSession(db, actor, { ip: meta.ip, userAgent: "vitest" });
    return { ...actor, sessionId, ip: meta.ip };
  }

  /** Whether a session still signs its user in (what every request checks). */
  const sessionWorks = async (sessionId: string) => (await loadSessionActor(db, { sessionId })) !== null;

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

  return {
    db,
    schema: database.schema,
    user,
    caller,
    meta,
    signedIn,
    sessionWorks,
    brief,
    section,
    close: database.drop,
  };
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;

/** A small valid document with the given paragraphs. */
export { paragraphs as doc } from "@dossier/editor/testing";

/** The tRPC code a rejected call failed with, to compare against "FORBIDDEN", "CONFLICT"… */
export const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));
