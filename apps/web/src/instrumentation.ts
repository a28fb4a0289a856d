/** Runs once when a server process starts (Next's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ startMaintenance }, { startWarmUp }] = await Promise.all([
    import("./server/maintenance.ts"),
    import("./server/warm-up.ts"),
  ]);
  startMaintenance();
  startWarmUp();
}
