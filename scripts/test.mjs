// `npm test`: every check, in the order that fails fastest. Lint, typecheck, unit tests,
// integration tests (real PostgreSQL: DATABASE_URL, else the embedded one), a production build,
// then the Playwright suite against it in Chromium, then the short reliability suite against the
// same build (reliability/run.ts --short: every count must be 0). Ends with one "N passed, N
// failed" line.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ensureInstalled, root, runPnpm } from "./bootstrap.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.TURBO_TELEMETRY_DISABLED = "1";
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
// Not under test-results/: Playwright empties that folder when it starts.
const out = join(root, ".data", "test-summary");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

ensureInstalled();
runPnpm(["lint"]);
runPnpm(["typecheck"]);
runPnpm([
  "exec",
  "vitest",
  "run",
  "--project",
  "unit",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${join(out, "unit.json")}`,
]);
runPnpm([
  "exec",
  "vitest",
  "run",
  "--project",
  "int",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${join(out, "int.json")}`,
]);
runPnpm(["turbo", "run", "build", "--filter=@dossier/web", "--output-logs=errors-only"]);
runPnpm(["exec", "playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: join(out, "e2e.json") });
runPnpm(["exec", "tsx", "reliability/run.ts", "--short", `--summary=${join(out, "reliability.json")}`]);

// Every runner exited 0 to get here; add up what they ran so an empty suite can't pass quietly.
const read = (name) =>
  existsSync(join(out, name)) ? JSON.parse(readFileSync(join(out, name), "utf8")) : null;
let passed = 0;
let failed = 0;
for (const name of ["unit.json", "int.json"]) {
  const report = read(name);
  passed += report?.numPassedTests ?? 0;
  failed += report?.numFailedTests ?? 0;
}
const reliability = read("reliability.json");
passed += reliability?.passed ?? 0;
failed += reliability?.failed ?? 0;
const e2e = read("e2e.json");
passed += e2e?.stats?.expected ?? 0;
failed += (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
console.log(`\nAll suites: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
