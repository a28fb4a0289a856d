import pg from "pg";
import { parseDatabaseUrl } from "./database-url.ts";

/**
 * The LISTEN/NOTIFY channel for live events. Channels are database-wide, so the schema is part
 * of the name: test runs sharing one database in separate schemas never hear each other.
 */
export function notifyChannelFor(databaseUrl: string): string {
  const { schema } = parseDatabaseUrl(databaseUrl);
  return `dossier_events${schema ? `_${schema.replace(/[^a-z0-9_]/gi, "_").toLowerCase()}` : ""}`.slice(
    0,
    63,
  );
}

export type NotificationListener = { close(): Promise<void> };

/**
 * Holds one dedicated connection LISTENing on `channel` and hands every payload to `onPayload`.
 * Reconnects with backoff when the connection drops (a database restart must not end live
 * updates for good). Notifications sent while disconnected are lost; subscribers refetch on
 * reconnect anyway.
 */
export async function listenForNotifications(
  databaseUrl: string,
  channel: string,
  onPayload: (payload: string) => void,
): Promise<NotificationListener> {
  const { connectionString } = parseDatabaseUrl(databaseUrl);
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = 250;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload) onPayload(message.payload);
    });
    next.on("error", () => reconnect(next));
    next.on("end", () => reconnect(next));
    await next.connect();
    await next.query(`LISTEN "${channel}"`);
    client = next;
    retryMs = 250;
  };

  const reconnect = (dead: pg.Client) => {
    if (closed || client !== dead) return;
    client = null;
    dead.removeAllListeners();
    void dead.end().catch(() => {});
    const attempt = () => {
      if (closed) return;
      connect().catch(() => {
        retryMs = Math.min(retryMs * 2, 10_000);
        setTimeout(attempt, retryMs).unref();
      });
    };
    setTimeout(attempt, retryMs).unref();
  };

  await connect();
  return {
    async close() {
      closed = true;
      const current = client;
      client = null;
      current?.removeAllListeners();
      await current?.end().catch(() => {});
    },
  };
}
