import { type ChildProcess, spawn } from "node:child_process";
import { onCleanup } from "./lifecycle.ts";

export type Child = { process: ChildProcess; alive: () => boolean; stop: () => Promise<void> };

/**
 * Spawns a server process whose output goes to our stderr (stdout carries only results), and
 * registers its stop — SIGTERM to that pid, SIGKILL after 5 s — as a cleanup.
 */
export function spawnServer(
  label: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Child {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let exited = child.exitCode !== null;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => `    [${label}] ${line}\n`)
      .join("");
  child.stdout?.on("data", (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  const stop = async () => {
    if (exited) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exitedPromise;
    clearTimeout(timer);
  };
  onCleanup(stop);
  return { process: child, alive: () => !exited, stop };
}
