/**
 * `pnpm admin:create` — creates an admin account: the first admin of a fresh production database
 * (there is no default password, ever), or another one from the server's shell.
 *
 *   pnpm admin:create --email ada@example.org --name "Ada Lovelace"     # asks for the password
 *   ADMIN_EMAIL=… ADMIN_NAME=… ADMIN_PASSWORD=… pnpm admin:create       # unattended (CI, Docker)
 *
 * The password is never a command-line flag (it would sit in shell history and `ps`): it is asked
 * for twice without echo, or read from ADMIN_PASSWORD. Weak passwords are refused (at least 10
 * characters, not containing the email's name). Uses DATABASE_URL, else the embedded database in
 * .data/pglite (stop the app first: only one process can open it). Migrations are applied first.
 */
import "dotenv/config";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createAdmin, isAppError } from "@dossier/core";
import { createPrismaClient, migrate, startEmbeddedPostgres } from "@dossier/db";
import { demoUsers } from "../prisma/seed/demo-users.ts";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } },
});
if (values.help) {
  console.log(
    "Usage: pnpm admin:create [--email EMAIL] [--name NAME]   (password: prompt or ADMIN_PASSWORD)",
  );
  process.exit(0);
}

/** Asks on the terminal; `hidden` answers are not echoed. */
async function ask(question: string, hidden = false): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    // readline has no "no echo" option; its output hook (on the callback API's Interface, not the
    // promises one) is the usual way to mute typed characters.
    const muted = rl as unknown as { _writeToOutput: (text: string) => void };
    muted._writeToOutput = (text) => {
      if (text.startsWith(question)) process.stdout.write(question);
    };
  }
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  if (hidden) process.stdout.write("\n");
  rl.close();
  return answer;
}

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) throw new Error("No password: set ADMIN_PASSWORD, or run this in a terminal.");
  const first = await ask("Password (at least 10 characters): ", true);
  if ((await ask("Same password again: ", true)) !== first) throw new Error("The passwords don't match.");
  return first;
}

async function readInput() {
  const interactive = process.stdin.isTTY;
  const email = values.email ?? process.env.ADMIN_EMAIL ?? (interactive ? await ask("Email: ") : "");
  const name = values.name ?? process.env.ADMIN_NAME ?? (interactive ? await ask("Full name: ") : "");
  return { email, name, password: await readPassword() };
}

async function main() {
  const input = await readInput();
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: join(import.meta.dirname, "..", process.env.DOSSIER_DATA_DIR ?? ".data/pglite"),
      });
  const url = process.env.DATABASE_URL ?? embedded?.url ?? "";
  const db = createPrismaClient(url, { poolSize: 1 });
  try {
    await migrate(url);
    const admin = await createAdmin(db, input);
    console.log(`Created admin ${admin.name} <${admin.email}>. Sign in with the password you chose.`);
    const demo = await db.user.count({
      where: { email: { in: demoUsers.map((u) => u.email) }, deactivated: false },
    });
    if (demo > 0)
      console.warn(
        `Warning: this database also has ${demo} demo account(s) (*@dossier.test) whose password is public. ` +
          "Deactivate them before going live.",
      );
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(isAppError(error) || error instanceof Error ? error.message : error);
  process.exit(1);
});
