import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded.ts";

/**
 * Vitest `globalSetup` for integration tests: when DATABASE_URL is unset, starts ONE embedded
 * PGlite for the whole run and hands its URL to the test files through DATABASE_URL. Without it
 * `createTestDatabase()` still works, but starts a server per test file (~3 s each).
 * Wire it in vitest.config.mts: `globalSetup: ["packages/db/src/vitest-global-setup.ts"]`.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.DATABASE_URL) return undefined;
  const dataDir = mkdtempSync(path.join(tmpdir(), "dossier-pglite-"));
  const server = await startEmbeddedPostgres({ dataDir });
  process.env.DATABASE_URL = server.url;
  return async () => {
    delete process.env.DATABASE_URL;
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
