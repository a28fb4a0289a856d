/**
 * Demo data for a newcomer's first run: users for every role and one living brief.
 * Idempotent: does nothing when the demo brief already exists. Goes through the domain services,
 * so seeded data obeys the same rules as data typed in the app.
 */
import "dotenv/config";
import { createBrief, ensureDefaultTemplate, hashPassword, saveSection, setMember } from "@dossier/core";
import { createPrismaClient, type PrismaClient } from "@dossier/db";
import { markdownToDocument } from "@dossier/editor/markdown";
import { DEMO_COUNTRY, demoSections } from "./seed/demo-brief.ts";
import { DEMO_PASSWORD, demoUsers } from "./seed/demo-users.ts";

export async function seed(db: PrismaClient, log: (line: string) => void = console.log) {
  await ensureDefaultTemplate(db);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = new Map<
    string,
    { id: string; email: string; name: string; role: (typeof demoUsers)[number]["role"] }
  >();
  for (const u of demoUsers) {
    const user = await db.user.upsert({
      where: { email: u.email },
      create: { ...u, passwordHash },
      update: {},
      select: { id: true, email: true, name: true, role: true },
    });
    users.set(u.email.slice(0, u.email.indexOf("@")), user);
  }
  if (await db.brief.findFirst({ where: { country: DEMO_COUNTRY }, select: { id: true } })) return;

  const person = (key: string) => {
    const user = users.get(key);
    if (!user) throw new Error(`No demo user "${key}"`);
    return user;
  };
  const editor = person("editor");
  const { id: briefId } = await createBrief(db, editor, { country: DEMO_COUNTRY });
  for (const [key, role] of [
    ["analyst", "EDITOR"],
    ["reviewer", "REVIEWER"],
    ["viewer", "VIEWER"],
  ] as const) {
    await setMember(db, editor, { briefId, email: person(key).email, role });
  }
  for (const [key, drafts] of Object.entries(demoSections)) {
    const section = await db.section.findUniqueOrThrow({
      where: { briefId_key: { briefId, key } },
      select: { id: true },
    });
    let baseRevisionId: string | null = null;
    for (const draft of drafts) {
      const saved = await saveSection(db, person(draft.author), {
        sectionId: section.id,
        baseRevisionId,
        content: markdownToDocument(draft.markdown) as { type: "doc" },
        message: draft.message,
      });
      baseRevisionId = saved.id;
    }
  }
  log(`Seeded the demo brief "${DEMO_COUNTRY}" and ${demoUsers.length} demo users.`);
}

// Run directly: `pnpm db:seed`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = createPrismaClient(url);
  seed(db)
    .then(() => db.$disconnect())
    .catch(async (error: unknown) => {
      console.error(error);
      await db.$disconnect();
      process.exit(1);
    });
}
