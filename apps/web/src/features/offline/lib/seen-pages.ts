/**
 * How long the router keeps a page it has shown (next.config.ts `experimental.staleTimes.dynamic`):
 * within it, going back to the page needs no request, so it opens offline too.
 */
export const ROUTER_CACHE_SECONDS = 300;
/** Leeway so a page about to fall out of the router's cache isn't promised offline. */
const MARGIN_MS = 15_000;

/** The pages (path and query) this tab has shown, and when: its own record of the router's cache. */
const seen = new Map<string, number>();

export function markSeen(page: string, at = Date.now()): void {
  seen.set(page, at);
}

/** Whether `page` was shown recently enough to come from the router's cache without a request. */
export function isCached(page: string, now = Date.now()): boolean {
  const at = seen.get(page);
  return at !== undefined && now - at < ROUTER_CACHE_SECONDS * 1000 - MARGIN_MS;
}

/** The in-app page a click on `anchor` would open, or null when it isn't a plain in-app link. */
export function inAppTarget(
  anchor: { href: string; target: string; hasAttribute(name: string): boolean },
  origin: string,
  event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean },
): string | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  if ((anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return null;
  const url = new URL(anchor.href, origin);
  if (url.origin !== origin || url.pathname.startsWith("/api/")) return null;
  return url.pathname + url.search;
}
