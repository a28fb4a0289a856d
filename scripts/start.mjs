// `npm start`: install, build, then serve Dossier (embedded Postgres unless DATABASE_URL is set).
// `npm run dev` (`--dev`): the same with Next's dev server instead of a production build.
// `--skip-build`: serve the build that is already there.
//
// Signals: npm runs this script with `exec` (package.json), so the SIGTERM a process manager
// (docker stop, systemd) sends to `npm start` reaches this process, which passes it on to
// whatever runs now (the build, then scripts/serve.ts) and exits with its status: serve.ts stops
// the web server, then the database, and exits 0.
import { ensureInstalled, root, runPnpmForwarding, spawnForwarding } from "./bootstrap.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.TURBO_TELEMETRY_DISABLED = "1";
const dev = process.argv.includes("--dev");
const skipBuild = process.argv.includes("--skip-build");

ensureInstalled();
if (!dev && !skipBuild) {
  await runPnpmForwarding(["turbo", "run", "build", "--filter=@dossier/web", "--output-logs=errors-only"]);
}
// Straight to Node with tsx's loader: no pnpm or tsx wrapper process in between.
const code = await spawnForwarding(
  process.execPath,
  ["--import", "tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : [])],
  {
    cwd: root,
    // The IPC channel is serve.ts's lifeline: if this process is killed outright, it stops.
    ipc: true,
  },
);
process.exit(code);
