/**
 * What the live channel carries: small facts that tell subscribed browsers which queries to
 * refetch. Never content — a subscriber re-reads through the normal, authorised procedures.
 */
export type LiveEvent =
  | {
      type: "revision";
      briefId: string;
      sectionId: string;
      revisionId: string;
      number: number;
      author: { id: string; name: string };
    }
  | { type: "thread"; briefId: string; sectionId: string; threadId: string; actorId: string }
  | { type: "presence"; briefId: string; sectionId: string }
  | { type: "notification"; userId: string };

/** The routing key a subscriber listens on. */
export const topicOf = (event: LiveEvent): string[] =>
  event.type === "notification"
    ? [`user:${event.userId}`]
    : [`brief:${event.briefId}`, `section:${event.sectionId}`];
