import { type Actor, type Db, isAppError, type RequestMeta } from "@dossier/core";
import { initTRPC, TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import superjson from "superjson";
import { ZodError } from "zod";
import { errorIdOf, inDoubtWrite, toTRPCError } from "./errors.ts";

/**
 * What every procedure receives. `user` is null for anonymous callers; the HTTP handler and
 * tests build it with the database they use, so procedures never reach for globals. `meta` is the
 * request's address and the app's public URL (the signed-in user carries the address too, for
 * audit events); in-process callers without a request get `noRequestMeta`.
 */
export type Context = { db: Db; user: Actor | null; meta?: RequestMeta };

/** For callers with no HTTP request (server components, tests, scripts). */
export const noRequestMeta: RequestMeta = {
  ip: null,
  appUrl: process.env.NEXTAUTH_URL ?? "http://localhost:3000",
};

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Live updates stream as server-sent events; pings keep proxies from closing idle streams.
  sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 40_000 } },
  /**
   * One error shape: our message, zod issues when input was bad, the AppError data, the id of an
   * unexpected error, never a stack or database text. Errors that never passed through `mapErrors`
   * (thrown while building the context, or by tRPC itself) are mapped here, so nothing escapes.
   */
  errorFormatter({ shape, error, type }) {
    const mapped = toTRPCError(error);
    const cause = mapped.cause;
    const { inDoubt, message } = inDoubtWrite(mapped, type);
    return {
      message,
      code: TRPC_ERROR_CODES_BY_KEY[mapped.code],
      data: {
        code: mapped.code,
        httpStatus: getHTTPStatusCodeFromError(mapped),
        path: shape.data.path,
        zodIssues:
          cause instanceof ZodError
            ? cause.issues.map((i) => ({ path: i.path.map(String), message: i.message }))
            : null,
        appData: isAppError(cause) ? (cause.data ?? null) : null,
        errorId: errorIdOf(mapped),
        inDoubt,
      },
    };
  },
});

/** Errors thrown while a subscription streams go through the same mapping as any other. */
async function* mapStreamErrors(source: AsyncIterable<unknown>): AsyncGenerator<unknown> {
  try {
    yield* source;
  } catch (error) {
    throw toTRPCError(error);
  }
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof value === "object" && value !== null && Symbol.asyncIterator in value;

/**
 * Maps every failure through `toTRPCError` (errors.ts) — for in-process callers too, so server
 * components and tests see the same codes as the browser.
 */
const mapErrors = t.middleware(async ({ next, type }) => {
  const result = await next();
  if (!result.ok) return { ...result, error: toTRPCError(result.error) } as typeof result;
  if (type === "subscription" && isAsyncIterable(result.data))
    return { ...result, data: mapStreamErrors(result.data) } as typeof result;
  return result;
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

/** Anyone, signed in or not: health checks and invite links. Sign-in goes through next-auth. */
export const publicProcedure = t.procedure.use(mapErrors);

/** A signed-in, active user. `ctx.user` is non-null inside. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A signed-in user whose org role is one of `roles` (brief-level rights are checked by services). */
export const roleProcedure = (...roles: Actor["role"][]) =>
  protectedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role))
      throw new TRPCError({ code: "FORBIDDEN", message: "You don't have permission to do that" });
    return next();
  });
