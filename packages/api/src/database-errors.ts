import type { TRPCError } from "@trpc/server";

/**
 * Database failures that say something about the request or the moment, not about our code: bad
 * input PostgreSQL refused, a row gone since the request was read, a race with another writer, or
 * the database being unreachable. Each becomes a fitting code with our own words; the Prisma or
 * PostgreSQL text never reaches a client. Anything else stays an unexpected error (errors.ts).
 */
export type DatabaseFailure = { code: TRPCError["code"]; message: string; inDoubt?: true };

const UNAVAILABLE: DatabaseFailure = {
  code: "SERVICE_UNAVAILABLE",
  message: "The database is unavailable right now. Try again in a moment.",
};
/**
 * The connection broke while a statement was on its way (a restart, a cut network). A COMMIT may
 * have reached the database before the break, so a write is in doubt: it may have been stored
 * even though no answer came back. Refused connections and rolled-back transactions are not.
 */
const BROKEN: DatabaseFailure = { ...UNAVAILABLE, inDoubt: true };
const BAD_INPUT: DatabaseFailure = {
  code: "BAD_REQUEST",
  message: "Some of the input can't be stored: a value is malformed or out of range.",
};
const GONE: DatabaseFailure = { code: "NOT_FOUND", message: "That no longer exists. Reload and try again." };
const CLASH: DatabaseFailure = {
  code: "CONFLICT",
  message: "Someone changed this at the same moment. Reload and try again.",
};

/** PostgreSQL SQLSTATE codes, the most precise signal; classes match on their first two characters. */
function bySqlState(state: string): DatabaseFailure | null {
  if (state === "23505") return CLASH;
  if (state === "23503") return GONE;
  // Serialisation failure and deadlock: the transaction was rolled back and may simply be retried.
  if (state === "40001" || state === "40P01") return UNAVAILABLE;
  if (state.startsWith("22")) return BAD_INPUT; // data exception: NUL, bad escapes, out of range…
  // 08: connection exception; 57P01/57P02: the server shut down under a running session.
  if (state.startsWith("08") || state === "57P01" || state === "57P02") return BROKEN;
  if (state.startsWith("53") || state.startsWith("57P")) return UNAVAILABLE;
  return null;
}

// Driver-adapter error kinds (@prisma/driver-adapter-utils).
const BY_KIND: Record<string, DatabaseFailure> = {
  DatabaseNotReachable: UNAVAILABLE,
  ConnectionClosed: BROKEN,
  SocketTimeout: BROKEN,
  TooManyConnections: UNAVAILABLE,
  TransactionWriteConflict: UNAVAILABLE,
  TransactionAlreadyClosed: BROKEN,
  ValueOutOfRange: BAD_INPUT,
  InvalidInputValue: BAD_INPUT,
  LengthMismatch: BAD_INPUT,
  UniqueConstraintViolation: CLASH,
  ForeignKeyConstraintViolation: GONE,
};

// Prisma's own codes (https://www.prisma.io/docs/orm/reference/error-reference).
const BY_PRISMA_CODE: Record<string, DatabaseFailure> = {
  P1001: UNAVAILABLE, // can't reach the server
  P1002: UNAVAILABLE, // timed out
  P1008: BROKEN, // operation timed out
  P1017: BROKEN, // server closed the connection
  P2024: UNAVAILABLE, // no connection from the pool in time
  P2028: BROKEN, // transaction API error (expired, closed): its COMMIT may have been under way
  P2034: UNAVAILABLE, // write conflict or deadlock: retry
  P2000: BAD_INPUT, // value too long for the column
  P2005: BAD_INPUT,
  P2006: BAD_INPUT,
  P2007: BAD_INPUT, // data validation
  P2019: BAD_INPUT,
  P2020: BAD_INPUT, // value out of range
  P2023: BAD_INPUT,
  P2033: BAD_INPUT, // number too large
  P2001: GONE,
  P2015: GONE,
  P2018: GONE,
  P2025: GONE, // a record the operation needed was not found
  P2002: CLASH, // unique constraint
  P2003: GONE, // foreign key: what it refers to is gone
};

const NETWORK_CODES = new Map<string, DatabaseFailure>([
  ["ECONNREFUSED", UNAVAILABLE],
  ["EHOSTUNREACH", UNAVAILABLE],
  ["ECONNRESET", BROKEN],
  ["ETIMEDOUT", BROKEN],
  ["EPIPE", BROKEN],
]);

type Loose = {
  name?: unknown;
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
};

/**
 * The fitting failure for a database error anywhere in `error`'s cause chain, or null. The most
 * precise signal wins: a PostgreSQL SQLSTATE, then the driver adapter's kind, then Prisma's code.
 */
export function classifyDatabaseError(error: unknown): DatabaseFailure | null {
  const chain = causeChain(error);
  const checks: ((e: Loose) => DatabaseFailure | null | undefined)[] = [
    (e) => (typeof e.originalCode === "string" ? bySqlState(e.originalCode) : null),
    (e) => (typeof e.kind === "string" ? own(BY_KIND, e.kind) : null),
    (e) => (isPrismaError(e) && typeof e.code === "string" ? own(BY_PRISMA_CODE, e.code) : null),
    (e) => (e.name === "PrismaClientInitializationError" ? UNAVAILABLE : null),
    (e) => (typeof e.code === "string" ? NETWORK_CODES.get(e.code) : null),
    (e) =>
      typeof e.message === "string" && /Connection terminated|connection (was )?closed/i.test(e.message)
        ? BROKEN
        : null,
  ];
  for (const check of checks) {
    for (const e of chain) {
      const found = check(e);
      if (found) return found;
    }
  }
  return null;
}

/** The error, its causes and any driver error Prisma attached, without looping on cycles. */
function causeChain(error: unknown): Loose[] {
  const chain: Loose[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && chain.length < 10) {
    const current = queue.shift();
    if (typeof current !== "object" || current === null || chain.includes(current as Loose)) continue;
    const e = current as Loose;
    chain.push(e);
    queue.push(e.meta?.driverAdapterError, e.cause);
  }
  return chain;
}

/** A table entry, never something inherited (a kind named "constructor" is not a failure). */
const own = (table: Record<string, DatabaseFailure>, key: string) =>
  Object.hasOwn(table, key) ? table[key] : null;

const isPrismaError = (e: Loose) => typeof e.name === "string" && e.name.startsWith("PrismaClient");
