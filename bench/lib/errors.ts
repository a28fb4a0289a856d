/** A setup problem the person running the bench must fix (no database, no build): printed without a stack. */
export class BenchSetupError extends Error {}
