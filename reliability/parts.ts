import { authzPart } from "./authz.ts";
import { crashPart } from "./crash.ts";
import { dbRestartPart } from "./db-restart.ts";
import { fuzzPart } from "./fuzz.ts";
import { type App, embeddedUrl, killApp, startApp, stopApp } from "./lib/app.ts";
import { signedIn } from "./lib/client.ts";
import { appPort, hasPostgres, schemaUrl } from "./lib/env.ts";
import { DEMO_PASSWORD } from "./lib/people.ts";
import { withSql } from "./lib/sql.ts";
import { buildWorld, type World } from "./lib/world.ts";
import { runLoad, setUpLoad } from "./load.ts";
import { checkLoad, reportLoad } from "./load-checks.ts";
import { sessionsPart } from "./sessions.ts";
import { xssPart } from "./xss.ts";

export type PartContext = {
  short: boolean;
  failures: string[];
  /** The shared app (fresh schema, TRUST_PROXY=1) for the parts that don't stop it. */
  app?: App;
  /** Built once; a failure fails every part that needs it, without building it again. */
  world?: Promise<World>;
};

/** PostgreSQL when DATABASE_URL is set, else an embedded database of the app's own. */
async function mainApp(ctx: PartContext): Promise<App> {
  ctx.app ??= await startApp({
    port: appPort(),
    ...(hasPostgres() ? { databaseUrl: schemaUrl() } : { dataDir: ".data/reliability-main" }),
    fresh: true,
    env: { TRUST_PROXY: "1" },
  });
  return ctx.app;
}

const databaseUrl = (app: App) => (hasPostgres() ? schemaUrl() : embeddedUrl(app));

function world(ctx: PartContext): Promise<World> {
  ctx.world ??= mainApp(ctx).then((app) => buildWorld(app.origin));
  return ctx.world;
}

export async function closeMainApp(ctx: PartContext) {
  if (!ctx.app) return;
  const code = await stopApp(ctx.app);
  killApp(ctx.app);
  if (code !== 0) ctx.failures.push(`the app exited ${code} on SIGTERM`);
}

const seconds = (ctx: PartContext, full: number, short: number) => (ctx.short ? short : full) * 1000;

/** The parts, in priority order. */
export const parts: Record<string, (ctx: PartContext) => Promise<void>> = {
  async load(ctx) {
    const app = await mainApp(ctx);
    const admin = await signedIn(app.origin, "admin@dossier.test", DEMO_PASSWORD);
    const fixture = await setUpLoad(app.origin, admin, ctx.short ? 8 : 16);
    const end = Date.now() + seconds(ctx, 60, 6);
    const result = await runLoad(fixture, () => Date.now() > end);
    const check = await withSql(databaseUrl(app), (q) => checkLoad(q, fixture, result));
    reportLoad("load", result, check);
    if (result.unexpected > 0) ctx.failures.push(`load: ${result.unexpected} unexpected answers to saves`);
  },
  async crash(ctx) {
    ctx.failures.push(...(await crashPart(ctx.short)));
  },
  async database(ctx) {
    if (!hasPostgres())
      return console.log("database: skipped (a proxy in front of PostgreSQL needs DATABASE_URL)");
    ctx.failures.push(...(await dbRestartPart(ctx.short)));
  },
  async authz(ctx) {
    ctx.failures.push(...(await authzPart(await world(ctx))));
  },
  async fuzz(ctx) {
    ctx.failures.push(...(await fuzzPart(await world(ctx), ctx.short ? 12 : 60)));
  },
  async xss(ctx) {
    ctx.failures.push(...(await xssPart(await world(ctx), ctx.short)));
  },
  async sessions(ctx) {
    ctx.failures.push(...(await sessionsPart(await world(ctx))));
  },
};
