// Shared by `npm start` and `npm test` on a machine with nothing but Node: finds (or fetches,
// via npx from the npm registry) the pinned pnpm, and installs the workspace when needed.
import { spawn, spawnSync } from "node:child_process";
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

const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Runs a command asynchronously and passes SIGINT/SIGTERM/SIGHUP on to it while it runs (a blocked
 * spawnSync can't, and its child would outlive us). Resolves with the child's exit code; a child
 * that stopped because of a forwarded signal counts as a clean stop (0).
 */
export function spawnForwarding(cmd, args, { cwd = root, env = {}, ipc = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd,
      stdio: ipc ? ["inherit", "inherit", "inherit", "ipc"] : "inherit",
      env: { ...process.env, ...env },
      // Its own process group: a terminal's Ctrl-C reaches it once, through us.
      detached: true,
    });
    child.channel?.unref();
    let forwarded = false;
    const forward = (signal) => {
      forwarded = true;
      child.kill(signal);
    };
    for (const signal of FORWARDED) process.on(signal, forward);
    child.on("exit", (code, signal) => {
      for (const s of FORWARDED) process.off(s, forward);
      resolve(code ?? (forwarded ? 0 : signal ? 1 : 0));
    });
  });
}

/** runPnpm without blocking: signals are forwarded; exits the process on failure or a stop. */
export async function runPnpmForwarding(args, env = {}) {
  const [cmd, ...pre] = pnpm;
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  for (const signal of FORWARDED) process.once(signal, stop);
  const code = await spawnForwarding(cmd, [...pre, ...args], { env });
  for (const signal of FORWARDED) process.off(signal, stop);
  if (code !== 0 || stopped) process.exit(stopped ? 0 : code);
}
