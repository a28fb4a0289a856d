import { createPrismaClient } from "@dossier/db";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { classifyDatabaseError } from "./database-errors.ts";
import { toTRPCError } from "./errors.ts";
import { appRouter } from "./root.ts";
import { createHarness, type Harness } from "./testing/harness.ts";

// Issue 8, defect 3: an unexpected error answers INTERNAL_SERVER_ERROR with a generic message and
// an error id logged with the stack; no Prisma/Postgres text reaches a client; subscriptions
// throw through the same mapping.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** Calls the real HTTP handler (what Next's route runs) and returns status and parsed body. */
async function http(path: string, init: RequestInit & { context?: () => Promise<never> } = {}) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, init),
    router: appRouter,
    createContext: init.context ?? (async () => ({ db: h.db, user: null })),
  });
  const text = await response.text();
  // superjson wraps the error shape in { json }.
  const body = JSON.parse(text) as { error?: { json: { message: string; data: Record<string, unknown> } } };
  return { status: response.status, text, error: body.error?.json };
}

describe("unexpected errors", () => {
  it("answer 500 with a generic message and an error id that is logged with the stack", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const secret = 'relation "User" does not exist at postgresql://admin:hunter2@db';
    const res = await http("health.get", {
      context: async () => {
        throw new Error(secret);
      },
    });
    expect(res.status).toBe(500);
    expect(res.text).not.toContain("hunter2");
    expect(res.text).not.toContain("relation");
    const { message, data } = res.error ?? { message: "", data: {} };
    expect(data.errorId).toMatch(/^[0-9a-f]{12}$/);
    expect(message).toBe(
      `Something went wrong on our side. If it keeps happening, quote error ${data.errorId}.`,
    );
    const logged = log.mock.calls.find((call) => String(call[0]).includes(String(data.errorId)));
    expect((logged?.[1] as Error | undefined)?.stack).toContain(secret);
    log.mockRestore();
  });

  it("map a bare Error thrown anywhere the same way, once", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = new Error("boom");
    const mapped = toTRPCError(error);
    expect(mapped.code).toBe("INTERNAL_SERVER_ERROR");
    expect(toTRPCError(mapped)).toBe(mapped);
    expect(toTRPCError(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: error }))).toBe(mapped);
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });
});

describe("database errors mean something to the client, in our words", () => {
  it("a value PostgreSQL refuses is BAD_REQUEST", async () => {
    const user = await h.user();
    const error = await h.db.user
      .update({ where: { id: user.id }, data: { name: "a\u0000b" } })
      .catch((e) => e);
    const mapped = toTRPCError(error);
    expect(mapped.code).toBe("BAD_REQUEST");
    expect(mapped.message).not.toMatch(/0x00|UTF8|Prisma|invalid byte/i);
  });

  it("a row that is gone is NOT_FOUND", async () => {
    const error = await h.db.user.update({ where: { id: "missing" }, data: { name: "x" } }).catch((e) => e);
    expect(toTRPCError(error).code).toBe("NOT_FOUND");
  });

  it("a unique clash is CONFLICT", async () => {
    const user = await h.user();
    const error = await h.db.user
      .create({ data: { email: user.email, name: "Twin", passwordHash: "x" } })
      .catch((e) => e);
    expect(toTRPCError(error).code).toBe("CONFLICT");
  });

  it("an unreachable database is SERVICE_UNAVAILABLE (retryable), never its connection text", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const gone = createPrismaClient("postgresql://postgres@127.0.0.1:1/nowhere");
    const user = await h.user();
    const res = await http("users.me", { context: async () => ({ db: gone, user }) as never });
    const usersMe = await http("briefs.list", { context: async () => ({ db: gone, user }) as never });
    expect(res.status).toBe(200); // users.me reads only the context
    expect(usersMe.status).toBe(503);
    expect(usersMe.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|Prisma/);
    await gone.$disconnect();
    warn.mockRestore();
  });
});

describe("a connection that breaks mid-way", () => {
  /** A database whose every call fails with `error` (what a cut connection looks like to us). */
  const failing = (error: Error): unknown =>
    new Proxy(() => {}, {
      get: (_target, key) => (key === "then" ? undefined : failing(error)),
      apply: () => {
        const failed = Promise.reject(error);
        failed.catch(() => {}); // a call nobody awaits is no unhandled rejection
        return failed;
      },
    });
  const withCode = (code: string) => Object.assign(new Error(`read ${code}`), { code });
  const create = (db: unknown, user: unknown) =>
    http("briefs.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { country: "Mali" } }),
      context: async () => ({ db, user }) as never,
    });

  it("leaves a write in doubt: 503 that says it may have been stored, not that nothing changed", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const user = await h.user("EDITOR");
    const write = await create(failing(withCode("ECONNRESET")), user);
    expect(write.status).toBe(503);
    expect(write.error?.data).toMatchObject({ code: "SERVICE_UNAVAILABLE", inDoubt: true });
    expect(write.error?.message).toMatch(/may have been stored/);
    const read = await http("briefs.list", {
      context: async () => ({ db: failing(withCode("ECONNRESET")), user }) as never,
    });
    expect(read.status).toBe(503);
    expect(read.error?.data).toMatchObject({ inDoubt: false });
    warn.mockRestore();
  });

  it("a refused connection is not in doubt: nothing reached the database", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const write = await create(failing(withCode("ECONNREFUSED")), await h.user("EDITOR"));
    expect(write.status).toBe(503);
    expect(write.error?.data).toMatchObject({ inDoubt: false });
    expect(write.error?.message).toMatch(/unavailable right now/);
    warn.mockRestore();
  });

  it("an inherited name is no failure kind", () => {
    expect(classifyDatabaseError({ kind: "constructor" })).toBeNull();
    expect(classifyDatabaseError({ name: "PrismaClientKnownRequestError", code: "toString" })).toBeNull();
  });
});

describe("subscriptions", () => {
  it("live.brief on a brief you can't see is NOT_FOUND, not a 500", async () => {
    const owner = await h.user("EDITOR");
    const stranger = await h.user("EDITOR");
    const briefId = await h.brief(owner);
    const error = await h
      .caller(stranger)
      .live.brief({ briefId })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
    const missing = await h
      .caller(owner)
      .live.section({ sectionId: "nope" })
      .catch((e: unknown) => e);
    expect((missing as TRPCError).code).toBe("NOT_FOUND");
  });

  it("over HTTP the stream's error event carries NOT_FOUND with its message", async () => {
    const owner = await h.user("EDITOR");
    const stranger = await h.user("EDITOR");
    const briefId = await h.brief(owner);
    const input = encodeURIComponent(JSON.stringify({ json: { briefId } }));
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://localhost/api/trpc/live.brief?input=${input}`),
      router: appRouter,
      createContext: async () => ({ db: h.db, user: stranger }),
    });
    const reader = response.body?.getReader();
    let text = "";
    while (reader && !text.includes("Brief not found")) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader?.cancel();
    expect(text).toContain('"code":"NOT_FOUND"');
    expect(text).toContain("Brief not found");
    expect(text).not.toContain("INTERNAL_SERVER_ERROR");
  });
});
