import { createConnection } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withSchema } from "./database-url.ts";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "./embedded.ts";
import { createPrismaClient } from "./index.ts";
import { migrate } from "./migrate.ts";

// Always runs against the embedded server, whatever DATABASE_URL says: it tests the launcher.
let server: EmbeddedPostgres;
beforeAll(async () => {
  server = await startEmbeddedPostgres({ dataDir: "memory://" });
});
afterAll(() => server?.stop());

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  return client;
}

describe("startEmbeddedPostgres", () => {
  it("serves Postgres that the migrations and Prisma work on", async () => {
    const url = withSchema(server.url, "embedded_check");
    expect((await migrate(url)).applied.length).toBeGreaterThan(0);
    const prisma = createPrismaClient(url);
    try {
      await prisma.user.create({ data: { email: "e@test.dossier", name: "E", passwordHash: "x" } });
      expect(await prisma.user.count()).toBe(1);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("takes several connections at once (--max-connections=10)", async () => {
    const clients = await Promise.all([connect(), connect(), connect()]);
    const answers = await Promise.all(clients.map((c) => c.query<{ n: number }>("SELECT 1 AS n")));
    expect(answers.map((a) => a.rows[0]?.n)).toEqual([1, 1, 1]);
    await Promise.all(clients.map((c) => c.end()));
  });

  // Pins what embedded.ts documents. If this starts failing, pglite-server has learned to route
  // notifications: update the comment there, and live updates may use LISTEN/NOTIFY on PGlite too.
  it("does not deliver NOTIFY to a LISTEN on another connection (one shared session)", async () => {
    const [listener, notifier] = [await connect(), await connect()];
    const heard: string[] = [];
    listener.on("notification", (n) => heard.push(`listener:${n.payload}`));
    notifier.on("notification", (n) => heard.push(`notifier:${n.payload}`));
    await listener.query("LISTEN dossier_check");
    await notifier.query("SELECT pg_notify('dossier_check', 'hello')");
    await listener.query("SELECT 1"); // give the listener a chance to receive anything pending
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toEqual(["notifier:hello"]);
    await Promise.all([listener.end(), notifier.end()]);
  });

  it("frees its port when stopped (last: it stops the shared server)", async () => {
    await server.stop();
    const refused = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port: server.port, host: "127.0.0.1" });
      socket.once("connect", () => {
        socket.destroy();
        resolve(false);
      });
      socket.once("error", () => resolve(true));
    });
    expect(refused).toBe(true);
  });
});
