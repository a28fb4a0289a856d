import { createTestDatabase } from "@dossier/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertKeepsActiveAdmin } from "./keep-managers.ts";

// Issue 8, defect 7: the organisation keeps an active admin. The rule is a function for the
// user-administration procedures, which call it inside the transaction that changes a role.

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

let seq = 0;
const admin = (role: "ADMIN" | "EDITOR" = "ADMIN", deactivated = false) =>
  database.prisma.user.create({
    data: {
      email: `a${++seq}-${Date.now()}@test.dossier`,
      name: "Admin",
      role,
      passwordHash: "x",
      deactivated,
    },
  });

/** Runs the check and, when it passes, the change itself, in one transaction. */
const change = (userId: string, to: { role?: "ADMIN" | "EDITOR"; deactivated?: boolean }) =>
  database.prisma.$transaction(async (tx) => {
    await assertKeepsActiveAdmin(tx, { userId, ...to });
    await tx.user.update({ where: { id: userId }, data: to });
  });

describe("assertKeepsActiveAdmin", () => {
  it("refuses to demote or deactivate the last active admin, and allows it with another", async () => {
    await database.prisma.user.deleteMany({});
    const only = await admin();
    await admin("ADMIN", true); // a deactivated admin doesn't count
    await expect(change(only.id, { role: "EDITOR" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This is the last active admin. Make someone else an admin first.",
    });
    await expect(change(only.id, { deactivated: true })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await change(only.id, { role: "ADMIN" }); // not a demotion

    const editor = await admin("EDITOR");
    await change(editor.id, { deactivated: true }); // not an admin: no rule
    const second = await admin();
    await change(only.id, { role: "EDITOR" });
    expect(await database.prisma.user.count({ where: { role: "ADMIN", deactivated: false } })).toBe(1);
    await expect(change(second.id, { role: "EDITOR" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("two admins demoting each other at once: one stays", async () => {
    await database.prisma.user.deleteMany({});
    const a = await admin();
    const b = await admin();
    const results = await Promise.allSettled([
      change(a.id, { role: "EDITOR" }),
      change(b.id, { role: "EDITOR" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await database.prisma.user.count({ where: { role: "ADMIN", deactivated: false } })).toBe(1);
  });
});
