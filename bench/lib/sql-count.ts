import { pg } from "./pg.ts";

/**
 * Counts the SQL statements node-postgres sends while `fn` runs, by their first keyword
 * (BEGIN, SELECT, INSERT…). Profiling only: it wraps Client#query for the duration, in this
 * process, and puts it back afterwards.
 */
export async function countStatements(fn: () => Promise<void>): Promise<Record<string, number>> {
  const proto = pg.Client.prototype;
  const original = proto.query;
  const counts: Record<string, number> = {};
  const wrapped = function (this: InstanceType<typeof pg.Client>, ...args: unknown[]) {
    const [first] = args;
    const text =
      typeof first === "string"
        ? first
        : typeof first === "object" && first !== null && "text" in first
          ? String(first.text)
          : "?";
    const verb = text.trim().split(/\s+/)[0]?.toUpperCase() ?? "?";
    counts[verb] = (counts[verb] ?? 0) + 1;
    return Reflect.apply(original, this, args) as unknown;
  };
  proto.query = wrapped as typeof original;
  try {
    await fn();
  } finally {
    proto.query = original;
  }
  return counts;
}
