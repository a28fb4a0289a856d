import type { LiveEvent } from "@dossier/schema";

export type { LiveEvent } from "@dossier/schema";

/** The routing key a subscriber listens on. */
export const topicOf = (event: LiveEvent): string[] =>
  event.type === "notification"
    ? [`user:${event.userId}`]
    : [`brief:${event.briefId}`, `section:${event.sectionId}`];
