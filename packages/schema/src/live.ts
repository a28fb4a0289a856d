import { z } from "zod";
import { idSchema } from "./common.ts";

const person = z.object({ id: idSchema, name: z.string() });

/**
 * What the live channel carries: small facts that tell subscribed browsers which queries to
 * refetch. Never content — a subscriber re-reads through the normal, authorised procedures.
 * The server publishes these (packages/core/src/live) and the browser parses them on arrival.
 */
export const liveEventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("revision"),
    briefId: idSchema,
    sectionId: idSchema,
    revisionId: idSchema,
    number: z.number().int().positive(),
    author: person,
  }),
  z.object({
    type: z.literal("thread"),
    briefId: idSchema,
    sectionId: idSchema,
    threadId: idSchema,
    actorId: idSchema,
  }),
  // A section's review state changed (requested, approved, sent back, not applicable, reopened,
  // returned to draft) or its brief was published: the outline, review bar and history refetch.
  z.object({ type: z.literal("review"), briefId: idSchema, sectionId: z.string() }),
  // sectionId "" means "the whole brief" (a reconnect: everything may have changed).
  z.object({ type: z.literal("presence"), briefId: idSchema, sectionId: z.string() }),
  z.object({ type: z.literal("notification"), userId: idSchema }),
  // The brief's own fields (title, country, archived) or a section's (owner) changed; sectionId ""
  // means the brief itself.
  z.object({ type: z.literal("meta"), briefId: idSchema, sectionId: z.string(), actorId: idSchema }),
]);
export type LiveEvent = z.infer<typeof liveEventSchema>;
export type RevisionEvent = Extract<LiveEvent, { type: "revision" }>;
