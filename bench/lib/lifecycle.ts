import { BenchSetupError } from "./errors.ts";

/**
 * Each bench script runs `main` through `runBench`: cleanups (dropping schemas, stopping servers)
 * run however it ends — success, error, Ctrl-C or the hard time limit.
 */
const cleanups: (() => Promise<void> | void)[] = [];

export function onCleanup(fn: () => Promise<void> | void): void {
  cleanups.push(fn);
}

let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const fn of cleanups.splice(0).reverse()) {
      try {
        await fn();
      } catch (error) {
        process.stderr.write(`  cleanup failed: ${String(error)}\n`);
      }
    }
  })();
  return cleaning;
}

/** Runs a bench's `main`, bounded by `limitSeconds`; exit code 0 only when it completed. */
export function runBench(name: string, main: () => Promise<void>, options: { limitSeconds: number }) {
  const limitMs = options.limitSeconds * 1000;
  const started = performance.now();
  let finished = false;
  const finish = async (code: number) => {
    if (finished) return; // the first ending (limit, signal, error or success) decides the code
    finished = true;
    await cleanUp();
    process.exitCode = code;
    process.stderr.write(`  ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    // Lingering sockets (keep-alive agents, pools) must not keep a finished bench alive.
    setTimeout(() => process.exit(code), 500).unref();
  };
  const limit = setTimeout(() => {
    process.stderr.write(`  ${name}: stopped after the ${limitMs / 1000} s limit\n`);
    void finish(1);
  }, limitMs);
  limit.unref();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      process.stderr.write(`  ${name}: ${signal}, cleaning up\n`);
      void finish(130);
    });
  }
  process.stderr.write(`${name}\n`);
  main().then(
    () => finish(0),
    (error: unknown) => {
      if (error instanceof BenchSetupError) process.stderr.write(`  ${name}: ${error.message}\n`);
      else
        process.stderr.write(
          `  ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
      return finish(1);
    },
  );
}
