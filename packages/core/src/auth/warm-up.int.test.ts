import { createPrismaClient } from "@dossier/db";
import { createTestDatabase } from "@dossier/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDummyHash } from "./passwords.ts";
import { warmUpSignIn } from "./warm-up.ts";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe("warmUpSignIn", () => {
  it("makes the dummy hash unknown emails are checked against, and writes nothing", async () => {
    const before = await database.prisma.auditEvent.count();
    expect(await warmUpSignIn(database.prisma)).toBe(true);
    expect(await getDummyHash()).toMatch(/^\$argon2id\$/);
    expect(await database.prisma.auditEvent.count()).toBe(before);
    expect(await database.prisma.user.count()).toBe(0);
  });

  it("answers false, without throwing, when the database cannot be reached", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const unreachable = createPrismaClient("postgresql://nobody@127.0.0.1:1/none");
    try {
      expect(await warmUpSignIn(unreachable)).toBe(false);
      expect(warn).toHaveBeenCalledWith("warm-up skipped:", expect.any(String));
    } finally {
      warn.mockRestore();
      await unreachable.$disconnect();
    }
  });
});
