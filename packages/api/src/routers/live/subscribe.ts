import type { AppError, Db } from "@dossier/core";
import { type EventBus, eventBusFor, type LiveEvent } from "@dossier/core";

/** Answers the error that should end the stream, or null while the subscriber may still listen. */
export type AccessCheck = () => Promise<AppError | null>;

/**
 * Turns bus events on one topic into an async iterable for a tRPC subscription. Buffers while
 * the client is slow (events are tiny) and unsubscribes when the client goes away.
 *
 * A stream outlives the request that opened it, so access is checked again before each delivery
 * (once per batch of queued events: one small query): a member removed from the brief or a
 * deactivated account gets the check's error instead of the event, and the stream ends.
 */
export async function* eventsOn(
  db: Db,
  topic: string,
  signal: AbortSignal | undefined,
  stillAllowed: AccessCheck,
): AsyncGenerator<LiveEvent> {
  const bus: EventBus = eventBusFor(db);
  const queue: LiveEvent[] = [];
  let wake: (() => void) | null = null;
  const unsubscribe = bus.subscribe(topic, (event) => {
    queue.push(event);
    wake?.();
  });
  const aborted = new Promise<void>((resolve) =>
    signal?.addEventListener("abort", () => resolve(), { once: true }),
  );
  try {
    while (!signal?.aborted) {
      if (queue.length > 0) {
        const problem = await stillAllowed();
        if (problem) throw problem;
        // Events that arrived during the check are covered by it too.
        while (queue.length > 0 && !signal?.aborted) yield queue.shift() as LiveEvent;
        continue;
      }
      await Promise.race([new Promise<void>((resolve) => (wake = resolve)), aborted]);
      wake = null;
    }
  } finally {
    unsubscribe();
  }
}
