// Shared by `npm start` and `npm test` on a machine with nothing but Node: finds (or fetches,
// via npx from the npm registry) the pinned pnpm, and installs the workspace when needed.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pinned = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager.split("@")[1];

function pnpmCommand() {
  const found = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  if (found.status === 0 && found.stdout.trim() === pinned) return ["pnpm"];
  return ["npx", "--yes", `pnpm@${pinned}`];
}

const pnpm = pnpmCommand();

/** Runs pnpm with inherited output; exits the process on failure. */
export function runPnpm(args, env = {}) {
  const [cmd, ...pre] = pnpm;
  const result = spawnSync(cmd, [...pre, ...args], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export function ensureInstalled() {
  if (!existsSync(join(root, "node_modules", ".modules.yaml")) || process.env.CI) {
    runPnpm(["install", "--frozen-lockfile"]);
  }
}
