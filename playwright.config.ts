import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests drive the production build in Debian's Chromium (never a downloaded browser).
 * The server gets its own database: a fresh `e2e` schema in DATABASE_URL's database, or — with no
 * DATABASE_URL — a fresh embedded PGlite in .data/e2e.
 */
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;

function e2eDatabaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  if (!url) return undefined;
  const parsed = new URL(url);
  parsed.searchParams.set("schema", "e2e");
  return parsed.toString();
}

const databaseUrl = e2eDatabaseUrl();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Generous: CI runs on 2 cores with two workers, each a browser plus the app and PostgreSQL;
  // a section page with review, presence and live streams can take several seconds to settle,
  // and some CI machines are three times slower than others. Only a failing test waits this long.
  timeout: 150_000,
  expect: { timeout: 30_000 },
  // The JSON report feeds the "N passed, N failed" line of `npm test`.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    // A failed test keeps its trace with DOM snapshots, not the screencast: recording a JPEG
    // screencast of every test cost a third of the suite's time on 2 cores.
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: true, sources: false },
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "pnpm exec tsx scripts/serve.ts --fresh",
    url: `${baseURL}/api/trpc/health.get`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production",
      DOSSIER_DATA_DIR: ".data/e2e",
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
  },
});
