import { spawnSync } from "node:child_process";
import path from "node:path";
import { createTestDatabase } from "@dossier/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "../auth/verify-credentials.ts";
import { createAdmin } from "./create-admin.ts";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const root = path.resolve(import.meta.dirname, "../../../..");

/** Runs `pnpm admin:create` as an operator would, unattended (no terminal: stdin is closed). */
function adminCreate(env: Record<string, string>, args: string[] = []) {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/admin-create.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.url, ADMIN_PASSWORD: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

describe("pnpm admin:create", () => {
  it("creates an admin who can sign in, and records it in the audit log", async () => {
    const run = adminCreate({ ADMIN_PASSWORD: "first admin's passphrase" }, [
      "--email",
      "Root@Example.org",
      "--name",
      "Ada Root",
    ]);
    expect(run.out).toContain("Created admin Ada Root <root@example.org>");
    expect(run.status).toBe(0);
    const actor = await verifyCredentials(
      database.prisma,
      { email: "root@example.org", password: "first admin's passphrase" },
      null,
    );
    expect(actor.role).toBe("ADMIN");
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { targetId: actor.id } });
    expect(event).toMatchObject({ action: "user.create", actorId: null, actorName: "pnpm admin:create" });
  });

  it("refuses weak or missing passwords and existing emails, creating nobody", async () => {
    const email = { email: "weak@example.org", name: "Weak One" };
    const refusal = (password: string) =>
      createAdmin(database.prisma, { ...email, password }).catch((e: unknown) => (e as Error).message);
    expect(await refusal("short")).toMatch(/at least 10 characters/);
    expect(await refusal("weak-password-123")).toMatch(/must not contain the email's name/);
    expect(await refusal("          x")).toMatch(/mostly spaces/);
    const none = adminCreate({ ADMIN_EMAIL: email.email, ADMIN_NAME: email.name });
    expect(none.status).toBe(1);
    expect(none.out).toMatch(/No password/);
    expect(await database.prisma.user.count({ where: { email: "weak@example.org" } })).toBe(0);

    const again = await createAdmin(database.prisma, {
      email: "root@example.org",
      name: "X",
      password: "another passphrase",
    }).catch((e: unknown) => (e as Error).message);
    expect(again).toMatch(/already has an account/);
  });
});
