/**
 * `run` once a burst of calls is over: each call pushes it back by `ms`, so the last call of a
 * burst is the one that runs. For refetches that events arrive in bunches for.
 */
export function settle(run: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}
