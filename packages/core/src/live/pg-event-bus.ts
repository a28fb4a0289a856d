import { listenForNotifications, type NotificationListener, notifyChannelFor } from "@dossier/db";
import type { Db } from "../actor.ts";
import { type EventBus, LocalEventBus } from "./bus.ts";
import type { LiveEvent } from "./events.ts";

/**
 * Live events through PostgreSQL LISTEN/NOTIFY: every app instance sharing the database
 * publishes with pg_notify and hears everyone's events on its own listening connection, so
 * several instances behind a load balancer share one stream with nothing else to run.
 * (The embedded PGlite server can't deliver NOTIFY across connections; it uses LocalEventBus.)
 */
export class PgEventBus implements EventBus {
  private readonly local = new LocalEventBus();
  private listener: NotificationListener | null = null;

  private constructor(
    private readonly db: Db,
    private readonly channel: string,
  ) {}

  static async start(db: Db, databaseUrl: string): Promise<PgEventBus> {
    const bus = new PgEventBus(db, notifyChannelFor(databaseUrl));
    bus.listener = await listenForNotifications(databaseUrl, bus.channel, (payload) => {
      try {
        bus.local.deliver(JSON.parse(payload) as LiveEvent);
      } catch {
        // A malformed payload is someone else's bug; never let it kill the listener.
      }
    });
    return bus;
  }

  async publish(events: LiveEvent[]): Promise<void> {
    for (const event of events) {
      await this.db.$executeRaw`SELECT pg_notify(${this.channel}, ${JSON.stringify(event)})`;
    }
  }

  subscribe(topic: string, handler: (event: LiveEvent) => void): () => void {
    return this.local.subscribe(topic, handler);
  }

  async close(): Promise<void> {
    await this.listener?.close();
  }
}
