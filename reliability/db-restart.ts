import { killApp, sleep, startApp, stopApp } from "./lib/app.ts";
import { type Answer, client, signedIn } from "./lib/client.ts";
import { checkLeak } from "./lib/counts.ts";
import { appPort, schemaUrl } from "./lib/env.ts";
import { DEMO_PASSWORD } from "./lib/people.ts";
import { withSql } from "./lib/sql.ts";
import { TcpProxy } from "./lib/tcp-proxy.ts";
import { emptyLoad, runLoad, setUpLoad } from "./load.ts";
import { checkLoad, reportLoad } from "./load-checks.ts";

/**
 * Part 3, the database goes away mid-load (a PostgreSQL restart, seen through a TCP proxy that
 * drops every connection and refuses new ones for a few seconds), twice. The app must come back
 * on its own: during the gap clients get SERVICE_UNAVAILABLE (never a 500, never internals),
 * afterwards saves go through again, and the load's database checks hold.
 */
export async function dbRestartPart(short: boolean): Promise<string[]> {
  const failures: string[] = [];
  const direct = new URL(schemaUrl("reliability_proxy"));
  const proxy = new TcpProxy(direct.hostname, Number(direct.port || 5432));
  const proxied = new URL(direct);
  proxied.port = String(await proxy.start());
  proxied.hostname = "127.0.0.1";
  const app = await startApp({ port: appPort(2), databaseUrl: proxied.toString(), fresh: true });
  try {
    const admin = await signedIn(app.origin, "admin@dossier.test", DEMO_PASSWORD);
    const fixture = await setUpLoad(app.origin, admin);
    let stop = false;
    const live = emptyLoad();
    const acknowledged = () => live.records.filter((r) => r.outcome === "saved").length;
    const loading = runLoad(fixture, () => stop, live);
    // A reader too, on pages other than saves: each of its answers during the gap is judged.
    const reader = client(app.origin, fixture.writers[1]?.cookie ?? "");
    const readerAnswers: Answer[] = [];
    const reading = (async () => {
      while (!stop) {
        for (const path of ["briefs.list", "notifications.list", "users.me"]) {
          readerAnswers.push(
            await reader.call(path, undefined, "query").catch(() => ({ status: 0, body: null, text: "" })),
          );
        }
        await sleep(100);
      }
    })();
    const gaps = short ? 1 : 2;
    let savedAfter = 0;
    for (let gap = 0; gap < gaps; gap++) {
      await sleep(short ? 2_000 : 8_000);
      await proxy.cut();
      await sleep(short ? 3_000 : 6_000);
      await proxy.restore();
      // Saves must go through again without restarting the app.
      const deadline = Date.now() + 60_000;
      const before = acknowledged();
      while (Date.now() < deadline && acknowledged() === before) await sleep(250);
      if (acknowledged() === before)
        failures.push(`db restart: no save succeeded within 60 s after gap ${gap + 1}`);
      else savedAfter++;
      await sleep(short ? 1_000 : 4_000);
    }
    stop = true;
    const result = await loading;
    await reading;
    const check = await withSql(direct.toString(), (q) => checkLoad(q, fixture, result));
    reportLoad("db restart", result, check);
    const bad = readerAnswers.filter((a) => a.status >= 500 && a.status !== 503);
    for (const answer of readerAnswers.filter((a) => a.status >= 400))
      checkLeak("db restart read", answer.text);
    const unavailable = readerAnswers.filter((a) => a.status === 503).length;
    console.log(
      `  db restart: gaps=${gaps} recovered=${savedAfter} reads=${readerAnswers.length} reads_503=${unavailable} reads_5xx_other=${bad.length}`,
    );
    if (bad.length > 0)
      failures.push(`db restart: ${bad.length} read(s) answered with a status other than 503 during the gap`);
    if (result.unexpected > 0) failures.push(`db restart: ${result.unexpected} unexpected answers to saves`);
  } finally {
    if ((await stopApp(app)) !== 0) failures.push("db restart: the app did not exit 0");
    killApp(app);
    await proxy.stop();
  }
  return failures;
}
