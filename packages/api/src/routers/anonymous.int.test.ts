import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../root.ts";
import { createHarness, type Harness } from "../testing/harness.ts";

/**
 * Procedures anyone may call. Every other procedure must refuse an anonymous caller. The invite
 * procedures need the link's token (256 random bits), which is the credential.
 */
const PUBLIC = new Set(["health.get", "users.invites.get", "users.invites.accept"]);

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

type AnyFn = (input: unknown) => Promise<unknown>;
function procedureAt(caller: object, path: string): AnyFn {
  let target: unknown = caller;
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  return target as AnyFn;
}

describe("anonymous callers", () => {
  // Enumerated from the router itself, so a new procedure is covered the day it is added.
  const paths = Object.keys(appRouter._def.procedures);

  it("finds the procedures", () => {
    expect(paths).toEqual(expect.arrayContaining(["briefs.list", "sections.save", "revisions.list"]));
  });

  it.each(paths.filter((p) => !PUBLIC.has(p)))("%s refuses an anonymous caller", async (path) => {
    const call = procedureAt(h.caller(null), path);
    const error = await call({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("UNAUTHORIZED");
  });

  it("health.get answers anyone", async () => {
    await expect(h.caller(null).health.get()).resolves.toEqual({ ok: true });
  });

  it("the invite procedures want a token, not a session", async () => {
    const error = await h
      .caller(null)
      .users.invites.get({ token: "A".repeat(43) })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
  });
});
