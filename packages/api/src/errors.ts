import { randomBytes } from "node:crypto";
import { type AppError, type AppErrorCode, isAppError } from "@dossier/core";
import { TRPCError } from "@trpc/server";
import { classifyDatabaseError } from "./database-errors.ts";

const codes: Record<AppErrorCode, TRPCError["code"]> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

/** Keeps the AppError as `cause` so the error formatter can pass its data to the client. */
const fromAppError = (error: AppError) =>
  new TRPCError({ code: codes[error.code], message: error.message, cause: error });

/**
 * What a client sees of a failure we did not expect: a generic message and an id. The id is
 * logged with the full error and stack, so a person quoting it can be helped.
 */
export class UnexpectedError extends TRPCError {
  constructor(
    readonly errorId: string,
    cause: unknown,
  ) {
    super({
      code: "INTERNAL_SERVER_ERROR",
      message: `Something went wrong on our side. If it keeps happening, quote error ${errorId}.`,
      cause,
    });
  }
}

/** A database failure that means something to the client (see database-errors.ts). */
class DatabaseError extends TRPCError {
  constructor(
    options: ConstructorParameters<typeof TRPCError>[0],
    /** The connection broke mid-way: a write may have been stored without an answer coming back. */
    readonly inDoubt: boolean,
  ) {
    super(options);
  }
}

const IN_DOUBT_MESSAGE =
  "The connection to the database broke before this change was confirmed, so it may have been stored. Reload to check before doing it again.";

/**
 * Whether a mutation's failure leaves its write in doubt, and the message to give with it: a
 * client must not take it as "nothing changed" (autosave's retry is safe: a save of the text
 * that is already current writes nothing). Reads are never in doubt.
 */
export function inDoubtWrite(error: TRPCError, type: string): { inDoubt: boolean; message: string } {
  const inDoubt = type === "mutation" && error instanceof DatabaseError && error.inDoubt;
  return { inDoubt, message: inDoubt ? IN_DOUBT_MESSAGE : error.message };
}

const mapped = new WeakMap<object, TRPCError>();

/**
 * The one error path. Whatever a procedure, a subscription or the context threw becomes a
 * TRPCError fit for a client: AppErrors keep their code, message and data; database errors that
 * mean bad input, a vanished row, a race or an outage get their fitting code and our own words;
 * everything else becomes INTERNAL_SERVER_ERROR with a generic message and a logged error id.
 * Idempotent: mapping a mapped error returns it unchanged.
 */
export function toTRPCError(error: unknown): TRPCError {
  if (typeof error === "object" && error !== null) {
    const known = mapped.get(error);
    if (known) return known;
    const result = map(error);
    mapped.set(error, result);
    mapped.set(result, result);
    return result;
  }
  return map(error);
}

function map(error: unknown): TRPCError {
  if (error instanceof UnexpectedError || error instanceof DatabaseError) return error;
  if (error instanceof TRPCError) {
    if (isAppError(error.cause)) return fromAppError(error.cause);
    // tRPC's own refusals (bad input, unknown procedure, wrong method…) are fine as they are.
    if (error.code !== "INTERNAL_SERVER_ERROR") return error;
    // tRPC wraps whatever was thrown in an INTERNAL_SERVER_ERROR: judge by what it wraps.
    return error.cause && error.cause !== error ? toTRPCError(error.cause) : unexpected(error);
  }
  if (isAppError(error)) return fromAppError(error);
  const database = classifyDatabaseError(error);
  if (database) {
    if (database.code === "SERVICE_UNAVAILABLE") console.warn("database unavailable:", String(error));
    const { inDoubt, ...failure } = database;
    return new DatabaseError({ ...failure, cause: error as Error }, inDoubt === true);
  }
  return unexpected(error);
}

function unexpected(error: unknown): UnexpectedError {
  const errorId = randomBytes(6).toString("hex");
  console.error(`[error ${errorId}]`, error);
  return new UnexpectedError(errorId, error);
}

/** The error id to show for an unexpected error, else null. */
export const errorIdOf = (error: TRPCError): string | null =>
  error instanceof UnexpectedError ? error.errorId : null;
