import { PgEventBus, registerEventBus } from "@dossier/core";
import { db } from "./db.ts";

/**
 * Connects this instance to the live-event stream once. On PostgreSQL that is a LISTEN
 * connection (so every instance sharing the database hears every event); on the embedded
 * PGlite server, whose NOTIFY doesn't cross connections, the in-process bus is used — live
 * updates then reach only the browsers on this one instance, which is all the embedded
 * database serves.
 */
const globalForLive = globalThis as unknown as { dossierLiveReady?: Promise<void> };

export function ensureLiveBus(): Promise<void> {
  globalForLive.dossierLiveReady ??= (async () => {
    const url = process.env.DATABASE_URL;
    if (!url || process.env.DOSSIER_EMBEDDED === "1") return;
    registerEventBus(db, await PgEventBus.start(db, url));
  })().catch((error: unknown) => {
    console.error("live: could not listen for events; live updates are off until restart", error);
  });
  return globalForLive.dossierLiveReady;
}
