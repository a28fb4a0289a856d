import { type Actor, type Db, isAppError, type RequestMeta } from "@dossier/core";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { toTRPCError } from "./errors.ts";

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
  /** One error shape: our message, zod issues when input was bad, the AppError data, no stack. */
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      message: shape.message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        zodIssues:
          cause instanceof ZodError
            ? cause.issues.map((i) => ({ path: i.path.map(String), message: i.message }))
            : null,
        appData: isAppError(cause) ? (cause.data ?? null) : null,
      },
    };
  },
});

/** Turns AppErrors thrown by services into TRPCErrors; anything else becomes a bare 500. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isAppError(result.error.cause)) {
    const mapped = toTRPCError(result.error.cause);
    return { ...result, error: mapped } as typeof result;
  }
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
