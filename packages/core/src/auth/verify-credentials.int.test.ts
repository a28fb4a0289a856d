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

  it("locks an email out after repeated failures, even with the right password", async () => {
    await makeUser("locked@test.dossier", "right");
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.points; i++) {
      await failure(
        verifyCredentials(database.prisma, { email: "locked@test.dossier", password: "bad" }, `10.0.0.${i}`),
      );
    }
    const locked = await failure(
      verifyCredentials(database.prisma, { email: "locked@test.dossier", password: "right" }, "10.0.1.1"),
    );
    expect(locked).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/Too many failed sign-in attempts/),
    });
  });

  it("locks an IP out after many failures across emails", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perIp.points; i++) {
      await failure(
        verifyCredentials(database.prisma, { email: `spray${i}@test.dossier`, password: "bad" }, "10.9.9.9"),
      );
    }
    await makeUser("innocent@test.dossier", "right");
    const blocked = await failure(
      verifyCredentials(database.prisma, { email: "innocent@test.dossier", password: "right" }, "10.9.9.9"),
    );
    expect(blocked).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(
      await failure(
        verifyCredentials(
          database.prisma,
          { email: "innocent@test.dossier", password: "right" },
          "10.9.9.10",
        ),
      ),
    ).toBeNull();
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
