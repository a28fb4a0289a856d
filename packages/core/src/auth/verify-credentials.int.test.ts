import { createTestDatabase } from "@dossier/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "../errors.ts";
import { hashPassword } from "./passwords.ts";
import { SIGN_IN_LIMITS } from "./sign-in-limiter.ts";
import { INVALID_CREDENTIALS, verifyCredentials } from "./verify-credentials.ts";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

async function makeUser(email: string, password: string, deactivated = false) {
  await database.prisma.user.create({
    data: { email, name: "Sign In", role: "EDITOR", passwordHash: await hashPassword(password), deactivated },
  });
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (isAppError(e) ? { code: e.code, message: e.message } : e),
  );

describe("verifyCredentials", () => {
  it("accepts the right password (email case-insensitive) and stores only an argon2id hash", async () => {
    await makeUser("right@test.dossier", "correct horse");
    const actor = await verifyCredentials(
      database.prisma,
      { email: " Right@Test.Dossier ", password: "correct horse" },
      "1.1.1.1",
    );
    expect(actor.email).toBe("right@test.dossier");
    const row = await database.prisma.user.findUniqueOrThrow({
      where: { email: "right@test.dossier" },
      omit: { passwordHash: false },
    });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("gives one message for a wrong password and an unknown email", async () => {
    await makeUser("wrong@test.dossier", "pw-1");
    const wrong = await failure(
      verifyCredentials(database.prisma, { email: "wrong@test.dossier", password: "nope" }, null),
    );
    const unknown = await failure(
      verifyCredentials(database.prisma, { email: "ghost@test.dossier", password: "nope" }, null),
    );
    expect(wrong).toEqual({ code: "UNAUTHORIZED", message: INVALID_CREDENTIALS });
    expect(unknown).toEqual(wrong);
  });

  it("locks an email+address pair out after repeated failures, even with the right password", async () => {
    await makeUser("locked@test.dossier", "right");
    for (let i = 0; i < SIGN_IN_LIMITS.perEmailAndIp.points; i++) {
      await failure(
        verifyCredentials(database.prisma, { email: "locked@test.dossier", password: "bad" }, "10.0.0.1"),
      );
    }
    const locked = await failure(
      verifyCredentials(database.prisma, { email: "locked@test.dossier", password: "right" }, "10.0.0.1"),
    );
    expect(locked).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Too many failed sign-in attempts. Try again in 15 minutes.",
    });
  });

  // Issue 8, defect 4: five wrong passwords from anywhere locked the real owner out for 15 minutes.
  it("a stranger's failures don't lock the owner out from their own address", async () => {
    await makeUser("colleague@test.dossier", "own-password");
    for (let i = 0; i < SIGN_IN_LIMITS.perEmailAndIp.points + 3; i++) {
      await failure(
        verifyCredentials(
          database.prisma,
          { email: "colleague@test.dossier", password: "guess" },
          "203.0.113.9",
        ),
      );
    }
    expect(
      await failure(
        verifyCredentials(
          database.prisma,
          { email: "colleague@test.dossier", password: "guess" },
          "203.0.113.9",
        ),
      ),
    ).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(
      await failure(
        verifyCredentials(
          database.prisma,
          { email: "colleague@test.dossier", password: "own-password" },
          "198.51.100.7",
        ),
      ),
    ).toBeNull();
  });

  // Issue 8, defect 4: the limit was checked before a failure was recorded, so 50 concurrent wrong
  // passwords all got a password check.
  it("counts concurrent attempts atomically: only the allowed few are checked", async () => {
    await makeUser("burst@test.dossier", "right");
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        failure(
          verifyCredentials(database.prisma, { email: "burst@test.dossier", password: "bad" }, "10.7.7.7"),
        ),
      ),
    );
    const codes = results.map((r) => (r as { code: string }).code);
    expect(codes.filter((c) => c === "UNAUTHORIZED")).toHaveLength(SIGN_IN_LIMITS.perEmailAndIp.points);
    expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(
      50 - SIGN_IN_LIMITS.perEmailAndIp.points,
    );
  });

  it("locks an account attacked from many addresses, each lockout longer than the last", async () => {
    await makeUser("spread@test.dossier", "right");
    const { points, firstLockout } = SIGN_IN_LIMITS.perEmail;
    const tries = (from: number, count: number) =>
      Promise.all(
        Array.from({ length: count }, (_, i) =>
          failure(
            verifyCredentials(
              database.prisma,
              { email: "spread@test.dossier", password: "bad" },
              `10.8.${from}.${i}`,
            ),
          ),
        ),
      );
    const first = await tries(0, points + 1);
    expect(first.filter((r) => (r as { code: string }).code === "UNAUTHORIZED")).toHaveLength(points);
    const lockout = await database.prisma.rateLimit.findUniqueOrThrow({
      where: { key: "signin-email:spread@test.dossier" },
    });
    const seconds = ((lockout.expire?.getTime() ?? 0) - Date.now()) / 1000;
    expect(seconds).toBeGreaterThan(firstLockout - 5);
    expect(seconds).toBeLessThanOrEqual(firstLockout);
    // Even the right password waits it out.
    expect(
      await failure(
        verifyCredentials(database.prisma, { email: "spread@test.dossier", password: "right" }, "10.9.0.1"),
      ),
    ).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    // The lockout ends; the next one is twice as long.
    await database.prisma.rateLimit.delete({ where: { key: "signin-email:spread@test.dossier" } });
    await tries(1, points + 1);
    const second = await database.prisma.rateLimit.findUniqueOrThrow({
      where: { key: "signin-email:spread@test.dossier" },
    });
    expect(((second.expire?.getTime() ?? 0) - Date.now()) / 1000).toBeGreaterThan(2 * firstLockout - 5);
  });

  it("refuses a deactivated account", async () => {
    await makeUser("gone@test.dossier", "right", true);
    expect(
      await failure(
        verifyCredentials(database.prisma, { email: "gone@test.dossier", password: "right" }, null),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
  });

  it("rejects malformed input without touching the database", async () => {
    expect(
      await failure(verifyCredentials(database.prisma, { email: "not-an-email", password: "x" }, null)),
    ).toMatchObject({ code: "BAD_REQUEST" });
    expect(await failure(verifyCredentials(database.prisma, null, null))).toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
