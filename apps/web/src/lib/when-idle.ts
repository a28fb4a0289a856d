/** After the load, the page still fetches its data and builds the editor: preloads wait this long. */
const SETTLE_MS = 1000;

/**
 * Runs `task` once the page has loaded and settled and the browser is idle (at most `timeoutMs`
 * after that); answers the cancel. For work ahead of a click (preloading code): what the page
 * needs comes first — idle alone is not enough, as the main thread idles while the page's own
 * scripts and data download. Safari has no requestIdleCallback: there a plain timer stands in.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  let cancelIdle = () => {};
  const idle = () => {
    if (typeof requestIdleCallback === "function") {
      const handle = requestIdleCallback(task, { timeout: timeoutMs });
      cancelIdle = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(task, Math.min(timeoutMs, 1000));
      cancelIdle = () => clearTimeout(handle);
    }
  };
  let settle: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    settle = setTimeout(idle, SETTLE_MS);
  };
  if (document.readyState === "complete") schedule();
  else window.addEventListener("load", schedule, { once: true });
  return () => {
    window.removeEventListener("load", schedule);
    clearTimeout(settle);
    cancelIdle();
  };
}
