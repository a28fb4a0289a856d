import { EventEmitter } from "node:events";
import type { Db } from "../actor.ts";
import { type LiveEvent, topicOf } from "./events.ts";

/**
 * Delivers committed events to subscribers. The in-process bus reaches this instance only; the
 * Postgres bus (`PgEventBus`, pg-event-bus.ts beside this file, registered by the web app with
 * `registerEventBus`) goes through LISTEN/NOTIFY so every app instance sharing the database
 * hears every event.
 */
export interface EventBus {
  publish(events: LiveEvent[]): Promise<void>;
  subscribe(topic: string, handler: (event: LiveEvent) => void): () => void;
}

/** Fan-out to this process's subscribers; also the receiving half of the Postgres bus. */
export class LocalEventBus implements EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(events: LiveEvent[]): Promise<void> {
    for (const event of events) this.deliver(event);
  }

  deliver(event: LiveEvent): void {
    for (const topic of topicOf(event)) this.emitter.emit(topic, event);
  }

  subscribe(topic: string, handler: (event: LiveEvent) => void): () => void {
    this.emitter.on(topic, handler);
    return () => this.emitter.off(topic, handler);
  }
}

const buses = new WeakMap<Db, EventBus>();

/** The app registers its bus for its client at start-up; tests and scripts get a local one. */
export function registerEventBus(db: Db, bus: EventBus): void {
  buses.set(db, bus);
}

export function eventBusFor(db: Db): EventBus {
  let bus = buses.get(db);
  if (!bus) {
    bus = new LocalEventBus();
    buses.set(db, bus);
  }
  return bus;
}

/**
 * Publishes after the transaction committed, so nobody refetches before the data is there.
 * A failure to publish never fails the write: live updates are a convenience, the data is saved.
 */
export async function publishAfterCommit(db: Db, events: LiveEvent[]): Promise<void> {
  try {
    await eventBusFor(db).publish(events);
  } catch (error) {
    console.error("live: publish failed", error);
  }
}
