import {
  type Actor,
  createBrief,
  ensureDefaultTemplate,
  hashPassword,
  saveSection,
  setMember,
} from "@dossier/core";
import type { BriefRole, Db, OrgRole } from "@dossier/db";
import type { BenchDocument } from "./content.ts";

/** Every bench user signs in with this. */
export const BENCH_PASSWORD = "bench-password-2024";

/** `count` active users `<prefix>-<n>@bench.dossier` sharing one password hash (hashing is slow by design). */
export async function createUsers(db: Db, prefix: string, count: number, role: OrgRole): Promise<Actor[]> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const users: Actor[] = [];
  for (let n = 0; n < count; n++) {
    users.push(
      await db.user.create({
        data: { email: `${prefix}-${n}@bench.dossier`, name: `Bench ${prefix} ${n}`, role, passwordHash },
        select: { id: true, email: true, name: true, role: true },
      }),
    );
  }
  return users;
}

const templates = new WeakMap<Db, Promise<unknown>>();

/**
 * ensureDefaultTemplate once per client. Its upserts run in one interactive transaction with
 * Prisma's 5 s timeout, which a heavily loaded machine can exceed: then it is tried again.
 */
function templateReady(db: Db): Promise<unknown> {
  let ready = templates.get(db);
  if (!ready) {
    ready = (async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await ensureDefaultTemplate(db);
        } catch (error) {
          if (attempt >= 3 || !String(error).includes("expired transaction")) throw error;
        }
      }
    })();
    templates.set(db, ready);
  }
  return ready;
}

export type SeededBrief = { briefId: string; leaves: { id: string; key: string }[] };

/** A brief of the default template created by `owner` (an editor of it), `members` added in `role`. */
export async function createBenchBrief(
  db: Db,
  owner: Actor,
  country: string,
  members: Actor[] = [],
  role: BriefRole = "EDITOR",
): Promise<SeededBrief> {
  await templateReady(db);
  const { id: briefId } = await createBrief(db, owner, { country });
  for (const member of members) await setMember(db, owner, { briefId, email: member.email, role });
  const leaves = await db.section.findMany({
    where: { briefId, isLeaf: true },
    orderBy: { position: "asc" },
    select: { id: true, key: true },
  });
  return { briefId, leaves };
}

/** Saves `doc` as the section's next revision through the domain service; returns the revision id. */
export async function save(
  db: Db,
  actor: Actor,
  sectionId: string,
  baseRevisionId: string | null,
  doc: BenchDocument,
): Promise<string> {
  return (await saveSection(db, actor, { sectionId, baseRevisionId, content: doc })).id;
}
