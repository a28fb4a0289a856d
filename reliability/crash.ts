import { type App, embeddedUrl, killApp, sleep, startApp, stopApp } from "./lib/app.ts";
import { signedIn } from "./lib/client.ts";
import { appPort, hasPostgres, removeDataDir, schemaUrl } from "./lib/env.ts";
import { DEMO_PASSWORD } from "./lib/people.ts";
import { withSql } from "./lib/sql.ts";
import { type LoadResult, runLoad, setUpLoad } from "./load.ts";
import { checkLoad, reportLoad } from "./load-checks.ts";

/**
 * Part 2, crashes. The load runs, the app is killed (SIGKILL to every process: a power cut) or
 * stopped (SIGTERM: a deploy) in the middle, then started again on the same data; the database
 * checks of the load part must still hold. After a SIGTERM, every save sent well before the
 * signal must have been answered (not cut) and the app must exit 0.
 */
export type CrashOptions = {
  label: string;
  signal: "SIGKILL" | "SIGTERM";
  /** Undefined: the embedded database in `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
  writers: number;
  beforeMs: number;
};

/** How long before the signal a request must have left to count as accepted by the server. */
const ACCEPTED_MARGIN_MS = 1_000;

export async function crashRun(options: CrashOptions): Promise<{ failures: string[] }> {
  const failures: string[] = [];
  const port = appPort(1);
  if (options.dataDir) removeDataDir(options.dataDir);
  // One retry: on a loaded machine the embedded database can miss its start-up deadline.
  const start = (fresh: boolean) => {
    const once = () => startApp({ port, databaseUrl: options.databaseUrl, dataDir: options.dataDir, fresh });
    return once().catch((error: unknown) => {
      console.log(`  (start failed, retrying once: ${String(error).split("\n")[0]})`);
      return once();
    });
  };
  let app: App = await start(true);
  const apps = [app];
  try {
    const admin = await signedIn(app.origin, "admin@dossier.test", DEMO_PASSWORD);
    const fixture = await setUpLoad(app.origin, admin, options.writers);
    let stop = false;
    const loading = runLoad(fixture, () => stop);
    await sleep(options.beforeMs);
    const signalAt = Date.now();
    let exitCode: number | null = null;
    if (options.signal === "SIGKILL") killApp(app);
    else exitCode = await stopApp(app);
    await app.exited;
    stop = true;
    const result: LoadResult = await loading;

    if (options.signal === "SIGTERM") {
      if (exitCode !== 0) failures.push(`${options.label}: exit code ${exitCode} after SIGTERM`);
      const cut = result.records.filter((r) => r.broken && r.sentAt < signalAt - ACCEPTED_MARGIN_MS);
      const cutBriefs = result.created.filter(
        (c) => c.outcome === "unknown" && c.sentAt < signalAt - ACCEPTED_MARGIN_MS,
      );
      const inFlight = result.records.filter((r) => r.sentAt < signalAt && r.outcome !== "unknown").length;
      console.log(
        `  ${options.label}: exit=${exitCode} answered_before_signal=${inFlight} cut=${cut.length + cutBriefs.length}`,
      );
      if (cut.length + cutBriefs.length > 0)
        failures.push(
          `${options.label}: ${cut.length + cutBriefs.length} request(s) accepted before SIGTERM were cut`,
        );
    }

    // Start again on the same data: nothing half-written, nothing acknowledged missing.
    app = await start(false);
    apps.push(app);
    const databaseUrl = options.databaseUrl ?? embeddedUrl(app);
    const check = await withSql(databaseUrl, (q) => checkLoad(q, fixture, result));
    reportLoad(options.label, result, check);
    if (result.unexpected > 0) failures.push(`${options.label}: ${result.unexpected} unexpected answers`);
    // And it works: one more save goes through.
    const again = await signedIn(app.origin, "editor@dossier.test", DEMO_PASSWORD);
    await again.query("briefs.list");
  } finally {
    for (const each of apps) {
      if (each.proc.exitCode === null && each.proc.signalCode === null) await stopApp(each);
      killApp(each);
    }
    if (options.dataDir) removeDataDir(options.dataDir);
  }
  return { failures };
}

export async function crashPart(short: boolean): Promise<string[]> {
  const failures: string[] = [];
  const before = short ? 3_000 : 10_000;
  const embedded = ".data/reliability-embedded";
  const pg = () => schemaUrl("reliability_crash");
  // The short run keeps one of each signal: a power cut on PostgreSQL, a stop on the embedded one.
  const runs: CrashOptions[] = [
    ...(hasPostgres()
      ? [
          {
            label: "crash SIGKILL (PostgreSQL)",
            signal: "SIGKILL" as const,
            databaseUrl: pg(),
            writers: short ? 4 : 16,
            beforeMs: before,
          },
        ]
      : []),
    ...(hasPostgres() && !short
      ? [
          {
            label: "crash SIGTERM (PostgreSQL)",
            signal: "SIGTERM" as const,
            databaseUrl: pg(),
            writers: 16,
            beforeMs: before,
          },
        ]
      : []),
    ...(!short || !hasPostgres()
      ? [
          {
            label: "crash SIGKILL (embedded)",
            signal: "SIGKILL" as const,
            dataDir: embedded,
            writers: short ? 4 : 6,
            beforeMs: before,
          },
        ]
      : []),
    {
      label: "crash SIGTERM (embedded)",
      signal: "SIGTERM",
      dataDir: embedded,
      writers: short ? 4 : 6,
      beforeMs: before,
    },
  ];
  for (const run of runs) {
    try {
      failures.push(...(await crashRun(run)).failures);
    } catch (error) {
      failures.push(`${run.label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failures;
}
