/** Results go to stdout as one JSON object per line; everything meant for people goes to stderr. */
export type BenchResult = { bench: string } & Record<string, unknown>;

export function emit(result: BenchResult): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

export function note(message: string): void {
  process.stderr.write(`  ${message}\n`);
}
