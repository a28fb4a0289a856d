import type { Anchor } from "@dossier/editor";
import type { RouterOutputs } from "@/lib/api-types.ts";

export type SectionThreads = RouterOutputs["comments"]["listForSection"];
export type Thread = SectionThreads["threads"][number];
export type ThreadComment = Thread["comments"][number];
export type BriefThread = RouterOutputs["comments"]["listForBrief"][number];
export type BriefMember = RouterOutputs["briefs"]["members"]["list"][number];
export type NotificationList = RouterOutputs["notifications"]["list"];
export type NotificationItem = NotificationList["items"][number];
export type PresenceEntry = RouterOutputs["presence"]["list"][number];

/** Anchors are stored as JSON; the server only ever writes `Anchor`s there. */
export const anchorOf = (thread: { anchor: unknown }): Anchor | null =>
  thread.anchor && typeof thread.anchor === "object" ? (thread.anchor as Anchor) : null;

/** The words a thread is about: its current quote, or for a detached one what it quoted. */
export const quoteOf = (thread: {
  anchor: unknown;
  originalQuote: string | null;
  detached: boolean;
}): string | null =>
  thread.detached
    ? (thread.originalQuote ?? anchorOf(thread)?.quote.exact ?? null)
    : (anchorOf(thread)?.quote.exact ?? thread.originalQuote);

/** Where a thread opens: its section, with ?thread= (which opens it in the comments panel). */
export const threadHref = (briefId: string, sectionKey: string, threadId: string) =>
  `/briefs/${briefId}/${sectionKey}?thread=${encodeURIComponent(threadId)}`;
