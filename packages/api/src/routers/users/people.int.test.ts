import type { Actor } from "@dossier/core";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../testing/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));
const failure = (promise: Promise<unknown>) => promise.then(() => null, codeOf);

describe("people (admin)", () => {
  it("lists users with search, role and status filters, in keyset pages by name", async () => {
    const admin = await h.user("ADMIN");
    const tag = `Zed${Date.now().toString(36)}`;
    const made: Actor[] = [];
    for (const [i, role] of (["EDITOR", "VIEWER", "EDITOR", "REVIEWER", "EDITOR"] as const).entries())
      made.push(await h.user(role, `${tag} ${String.fromCharCode(65 + i)}`));
    await h.caller(admin).users.deactivate({ userId: made[2]!.id });

    const search = await h.caller(admin).users.list({ search: tag.toLowerCase() });
    expect(search.items.map((u) => u.name)).toEqual(made.map((u) => u.name));
    expect(search.items[2]).toMatchObject({ status: "DEACTIVATED", lastSignInAt: null });
    expect(search.items[0]).toMatchObject({ status: "ACTIVE", email: made[0]!.email, role: "EDITOR" });

    const editors = await h.caller(admin).users.list({ search: tag, role: "EDITOR", status: "ACTIVE" });
    expect(editors.items.map((u) => u.id)).toEqual([made[0]!.id, made[4]!.id]);
    const byEmail = await h.caller(admin).users.list({ search: made[3]!.email.toUpperCase() });
    expect(byEmail.items.map((u) => u.id)).toEqual([made[3]!.id]);
    expect(await failure(h.caller(admin).users.list({ search: "a\u0000b" }))).toBe("BAD_REQUEST");

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<ReturnType<Harness["caller"]>["users"]["list"]>> = await h
        .caller(admin)
        .users.list({ search: tag, limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(made.map((u) => u.id));
  });

  it("refuses every people procedure to non-admins", async () => {
    for (const role of ["EDITOR", "REVIEWER", "VIEWER"] as const) {
      const someone = await h.user(role);
      const target = await h.user("VIEWER");
      const call = h.caller(someone).users;
      expect(await failure(call.list({}))).toBe("FORBIDDEN");
      expect(await failure(call.setRole({ userId: target.id, role: "ADMIN" }))).toBe("FORBIDDEN");
      expect(await failure(call.deactivate({ userId: target.id }))).toBe("FORBIDDEN");
      expect(await failure(call.reactivate({ userId: target.id }))).toBe("FORBIDDEN");
      expect(await failure(call.invites.list())).toBe("FORBIDDEN");
      expect(await failure(call.invites.create({ email: "x@test.dossier", role: "VIEWER" }))).toBe(
        "FORBIDDEN",
      );
      expect(await failure(h.caller(someone).audit.list({}))).toBe("FORBIDDEN");
    }
    const stillViewer = await h.db.user.count({ where: { role: "ADMIN", email: "x@test.dossier" } });
    expect(stillViewer).toBe(0);
  });

  it("changes a role, and answers NOT_FOUND for an unknown user", async () => {
    const admin = await h.user("ADMIN");
    const viewer = await h.user("VIEWER");
    await h.caller(admin).users.setRole({ userId: viewer.id, role: "EDITOR" });
    expect((await h.db.user.findUniqueOrThrow({ where: { id: viewer.id } })).role).toBe("EDITOR");
    expect(await failure(h.caller(admin).users.setRole({ userId: "nobody", role: "EDITOR" }))).toBe(
      "NOT_FOUND",
    );
    expect(await failure(h.caller(admin).users.deactivate({ userId: "nobody" }))).toBe("NOT_FOUND");
  });

  it("never leaves Dossier without an active admin", async () => {
    // Make every other admin in this schema inactive, so `last` really is the last one.
    await h.db.user.updateMany({ where: { role: "ADMIN" }, data: { deactivated: true } });
    const last = await h.user("ADMIN");
    const demote = await h
      .caller(last)
      .users.setRole({ userId: last.id, role: "EDITOR" })
      .catch((e: unknown) => e);
    expect(codeOf(demote)).toBe("BAD_REQUEST");
    expect((demote as Error).message).toMatch(/at least one active admin/);
    expect(await failure(h.caller(last).users.deactivate({ userId: last.id }))).toBe("BAD_REQUEST");
    expect((await h.db.user.findUniqueOrThrow({ where: { id: last.id } })).role).toBe("ADMIN");

    // With a second admin, either may step down — but of two admins demoting each other at
    // once, only one succeeds.
    const second = await h.user("ADMIN");
    const results = await Promise.allSettled([
      h.caller(last).users.setRole({ userId: second.id, role: "EDITOR" }),
      h.caller(second).users.setRole({ userId: last.id, role: "EDITOR" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await h.db.user.count({ where: { role: "ADMIN", deactivated: false } })).toBe(1);
  });

  it("doesn't let an admin deactivate themselves", async () => {
    const admin = await h.user("ADMIN");
    await h.user("ADMIN");
    expect(await failure(h.caller(admin).users.deactivate({ userId: admin.id }))).toBe("BAD_REQUEST");
  });

  it("lets anyone change their own name, and refuses a blank one", async () => {
    const me = await h.user("VIEWER");
    await expect(h.caller(me).users.profile.update({ name: "  Vera Renamed " })).resolves.toMatchObject({
      name: "Vera Renamed",
    });
    expect(await failure(h.caller(me).users.profile.update({ name: "   " }))).toBe("BAD_REQUEST");
    expect((await h.db.user.findUniqueOrThrow({ where: { id: me.id } })).name).toBe("Vera Renamed");
  });
});
