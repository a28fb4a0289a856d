import { type BrowserContext, test as base, type ConsoleMessage, expect } from "@playwright/test";

/**
 * The suite's `test` and `expect`: every spec imports them from here, never from
 * "@playwright/test", so that any console error or warning, or uncaught page error, a test did
 * not expect fails it — a hydration mismatch or a crashed effect is a defect even when the test's
 * own assertions pass. Covers the default `page` and every context a test opens itself
 * (`browser.newContext()` / `browser.newPage()`).
 *
 * A test that provokes errors on purpose says which: `test.use({ allowedErrors: [/409/] })` for a
 * file, or `errors.allow(/…/)` inside one test.
 */
export type ErrorWatch = {
  /** Errors matching `pattern` (console text or page error message) are expected from now on. */
  allow(pattern: RegExp): void;
  /** Unexpected errors seen so far. */
  readonly unexpected: string[];
  /** Returns the unexpected errors so far and forgets them (for tests of this watch itself). */
  take(): string[];
  /** Starts watching a context (contexts from `browser.newContext` are watched already). */
  watch(context: BrowserContext): void;
};

/**
 * Chromium logs every 4xx answer as "Failed to load resource". From the API (/api/…) those are
 * answers the UI handles and tests assert on (CONFLICT, NOT_FOUND, an ended session); anything
 * else — a page, a script, the favicon — failing to load is a defect.
 */
function expectedApiRefusal(text: string, url: string): boolean {
  // A page visited to see its 404 (unknown or deleted brief), and requests cut by an offline
  // context: Chromium logs both as console errors; the specs assert what the user sees instead.
  if (/^Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|FAILED)/.test(text)) return true;
  if (/^Failed to load resource: the server responded with a status of 404/.test(text)) {
    if (!/\.(js|css|svg|ico|png|woff2?)$/.test(new URL(url, "http://x").pathname)) return true;
  }
  return (
    /status of 4\d\d/.test(text) &&
    /^Failed to load resource/.test(text) &&
    new URL(url, "http://x").pathname.startsWith("/api/")
  );
}

type Fixtures = { allowedErrors: RegExp[]; errors: ErrorWatch };

export const test = base.extend<Fixtures>({
  allowedErrors: [[], { option: true }],
  errors: [
    async ({ browser, allowedErrors }, use) => {
      const allowed = [...allowedErrors];
      const unexpected: string[] = [];
      const report = (kind: string, text: string, where: string) => {
        if (expectedApiRefusal(text, where)) return;
        if (!allowed.some((pattern) => pattern.test(text))) unexpected.push(`${kind} on ${where}: ${text}`);
      };
      const watched = new WeakSet<BrowserContext>();
      const watch = (context: BrowserContext) => {
        if (watched.has(context)) return;
        watched.add(context);
        context.on("console", (message: ConsoleMessage) => {
          // Warnings too: a Permissions-Policy feature Chromium doesn't know, ProseMirror's invalid
          // selection — each was a defect the page otherwise hid.
          const type = message.type();
          if (type !== "error" && type !== "warning") return;
          const { url } = message.location();
          report(`console ${type}`, message.text(), url || message.page()?.url() || "?");
        });
        context.on("weberror", (error) =>
          report("page error", String(error.error()), error.page()?.url() ?? "?"),
        );
      };
      // Contexts a test opens itself go through browser.newContext (browser.newPage too).
      const newContext = browser.newContext;
      browser.newContext = async function (this: typeof browser, ...args) {
        const context = await newContext.apply(this, args);
        watch(context);
        return context;
      };
      for (const context of browser.contexts()) watch(context);
      try {
        await use({
          allow: (pattern) => void allowed.push(pattern),
          unexpected,
          take: () => unexpected.splice(0),
          watch,
        });
      } finally {
        browser.newContext = newContext;
      }
      expect(unexpected, "console or page errors the test did not expect").toEqual([]);
    },
    { auto: true },
  ],
  // The default context may be created before `errors` patched browser.newContext.
  context: async ({ context, errors }, use) => {
    errors.watch(context);
    await use(context);
  },
});

export type { APIRequestContext, Browser, BrowserContext, Locator, Page } from "@playwright/test";
export { expect };
