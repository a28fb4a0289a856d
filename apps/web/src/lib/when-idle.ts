/**
 * Runs `task` once the browser is idle (at most `timeoutMs` later); answers the cancel. Safari
 * has no requestIdleCallback: there a plain timer stands in.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, Math.min(timeoutMs, 1000));
  return () => clearTimeout(handle);
}
