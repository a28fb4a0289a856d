import { randomBytes } from "node:crypto";

/**
 * A row id shaped like Prisma's cuids ("c" + 24 base-36 characters), from 128 random bits, for
 * rows the hot paths insert with raw SQL (revisions, audit events): cuid2's createId hashes with
 * SHA-3 and cost ~2 ms of CPU per save.
 */
export function newRowId(): string {
  const n = BigInt(`0x${randomBytes(16).toString("hex")}`);
  return `c${n.toString(36).padStart(25, "0").slice(-24)}`;
}
