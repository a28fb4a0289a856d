import { type AnchorInput, anchorSchema } from "@dossier/schema";
import type { RouterOutputs } from "@/lib/api-types.ts";

export type SectionThreads = RouterOutputs["comments"]["listForSection"];
export type Thread = SectionThreads["threads"][number];
export type ThreadComment = Thread["comments"][number];
export type BriefThread = RouterOutputs["comments"]["listForBrief"][number];

/** A thread's anchor (stored as JSON), parsed against its schema; null on the whole section. */
export const anchorOf = (thread: { anchor: unknown }): AnchorInput | null => {
  const parsed = anchorSchema.safeParse(thread.anchor);
  return parsed.success ? parsed.data : null;
};

/** The words a thread is about: its current quote, or for a detached one what it quoted. */
export const quoteOf = (thread: {
  anchor: unknown;
  originalQuote: string | null;
  detached: boolean;
}): string | null =>
  thread.detached
    ? (thread.originalQuote ?? anchorOf(thread)?.quote.exact ?? null)
    : (anchorOf(thread)?.quote.exact ?? thread.originalQuote);
