import { purgeExpiredRows } from "@dossier/core";
import { db } from "./db.ts";

/** How often expired presence and rate-limit rows are purged; every instance may run it. */
const PURGE_EVERY_MS = 10 * 60 * 1000;

const state = globalThis as typeof globalThis & { dossierMaintenance?: NodeJS.Timeout };

/** Starts the periodic purge once per process (instrumentation.ts). It never keeps the process up. */
export function startMaintenance(): void {
  if (state.dossierMaintenance || !process.env.DATABASE_URL) return;
  const purge = () =>
    purgeExpiredRows(db).catch((error: unknown) => console.warn("maintenance: purge failed", String(error)));
  state.dossierMaintenance = setInterval(purge, PURGE_EVERY_MS);
  state.dossierMaintenance.unref();
  setTimeout(purge, 30_000).unref();
}
