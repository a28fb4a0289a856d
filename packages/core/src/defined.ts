/**
 * `value`, which the caller knows is there (an index inside bounds, a key just set); throws if
 * that ever stops being true rather than carrying `undefined` on. Instead of `!`, which would.
 */
export function defined<T>(value: T | undefined | null, what = "value"): T {
  if (value === undefined || value === null) throw new Error(`Internal error: missing ${what}`);
  return value;
}
