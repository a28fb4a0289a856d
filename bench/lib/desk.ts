import { type Actor, ensureDefaultTemplate } from "@dossier/core";
import { parseDatabaseUrl } from "@dossier/db";
import { createBenchDatabase } from "./database.ts";
import { seedSearchCorpus } from "./search-corpus.ts";
import { createUsers } from "./seed.ts";

/**
 * A desk to measure reads on: a fresh bench database on one connection (one PostgreSQL backend,
 * whose CPU time can be read), the default template, an admin who sees every brief, 20 editors
 * (the first is the measured member, of `briefsPerMember` briefs; the others make BriefMember
 * look like a team's) and `briefs` briefs written by bench/lib/search-corpus.ts.
 */
export async function seedDesk(
  name: string,
  options: { briefs: number; wordsPerLeaf: number; briefsPerMember: number; threadsPerBrief: number },
) {
  const { db, url, schema } = await createBenchDatabase(name, { poolSize: 1 });
  const template = await ensureDefaultTemplate(db);
  const [admin] = (await createUsers(db, `${name}-admin`, 1, "ADMIN")) as [Actor];
  const members = await createUsers(db, `${name}-member`, 20, "EDITOR");
  const member = members[0] as Actor;
  const connection = parseDatabaseUrl(url).connectionString;
  const started = performance.now();
  const corpus = await seedSearchCorpus(connection, schema, {
    ...options,
    templateId: template.id,
    createdById: admin.id,
    memberIds: members.map((m) => m.id),
  });
  return { db, schema, connection, template, admin, members, member, corpus, started };
}
