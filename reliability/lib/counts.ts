/** The suite's one result: every part adds to these; the last line prints them. */
export const counts = {
  lost_saves: 0,
  half_written: 0,
  fuzz_500s: 0,
  authz_unexpected: 0,
  xss_executed: 0,
  leaks: 0,
};
export type CountName = keyof typeof counts;

/** Text that must never reach a client: driver, ORM and database internals, stack frames. */
const INTERNALS =
  /prisma|postgres|pg_|SQLSTATE|ECONNREFUSED|ECONNRESET|at [\w.<>]+ \(|node_modules|\.ts:\d+|\.js:\d+|relation "|violates|syntax error|Invalid `/i;

/** Counts a leak when an error body carries internals; returns whether it did. */
export function checkLeak(where: string, text: string): boolean {
  if (!INTERNALS.test(text)) return false;
  counts.leaks++;
  console.log(`  LEAK in ${where}: ${text.slice(0, 300)}`);
  return true;
}
