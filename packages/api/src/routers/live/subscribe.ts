import type { Db } from "@dossier/core";
import { type EventBus, eventBusFor, type LiveEvent } from "@dossier/core";

/**
 * Turns bus events on one topic into an async iterable for a tRPC subscription. Buffers while
 * the client is slow (events are tiny) and unsubscribes when the client goes away.
 */
export async function* eventsOn(
  db: Db,
  topic: string,
  signal: AbortSignal | undefined,
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
      const next = queue.shift();
      if (next) {
        yield next;
        continue;
      }
      await Promise.race([new Promise<void>((resolve) => (wake = resolve)), aborted]);
      wake = null;
    }
  } finally {
    unsubscribe();
  }
}
