import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { AppError } from "../errors.ts";
import { escapeHtml } from "./document-html.ts";

/**
 * PDF rendering: the print view printed by headless Chromium (the same Debian Chromium the
 * end-to-end tests drive, through playwright-core: no browser download). Chromium lays out the
 * print CSS exactly as a person's browser would, so the PDF and the print view are one design.
 *
 * One browser is shared by all requests and closed after a minute without work; each render gets
 * a fresh context with JavaScript off and every network request refused (the page is
 * self-contained), and at most two renders run at once.
 */

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// The flags playwright.config.ts uses for the same browser.
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const IDLE_MS = 60_000;
const MAX_CONCURRENT = 2;
const RENDER_TIMEOUT_MS = 30_000;

let browser: Promise<Browser> | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let running = 0;
const waiting: (() => void)[] = [];

const unavailable = (why: string) =>
  new AppError(
    "SERVICE_UNAVAILABLE",
    `PDF export is not available on this server: ${why}. Install Chromium (apt-get install chromium) or set CHROMIUM_PATH. Markdown, print view and Word exports still work.`,
  );

function getBrowser(): Promise<Browser> {
  if (!browser) {
    const path = chromiumPath();
    if (!existsSync(path)) return Promise.reject(unavailable(`no Chromium at ${path}`));
    // Loaded on the first PDF, not with the server: playwright-core is megabytes of code that
    // every route would otherwise hold in memory for an export most servers rarely run.
    const launching = import("playwright-core")
      .then(({ chromium }) => chromium.launch({ executablePath: path, args: ARGS, headless: true }))
      .then((b) => {
        b.on("disconnected", () => {
          if (browser === launching) browser = null;
        });
        return b;
      });
    browser = launching;
    launching.catch(() => {
      if (browser === launching) browser = null;
    });
  }
  return browser.catch((error: unknown) => {
    throw unavailable(`Chromium at ${chromiumPath()} did not start (${String(error).split("\n")[0]})`);
  });
}

async function slot(): Promise<() => void> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  if (idleTimer) clearTimeout(idleTimer);
  return () => {
    running--;
    waiting.shift()?.();
    if (running === 0) {
      idleTimer = setTimeout(() => void closePdfBrowser(), IDLE_MS);
      idleTimer.unref();
    }
  };
}

export type PdfMarks = { header: string; footer: string };

/** Prints `html` to an A4 PDF with `header` at the top of each page and page numbers at the foot. */
export async function renderPdf(html: string, marks: PdfMarks): Promise<Buffer> {
  const release = await slot();
  try {
    const context = await (await getBrowser()).newContext({ javaScriptEnabled: false });
    try {
      await context.route("**/*", (route) => route.abort());
      const page = await context.newPage();
      page.setDefaultTimeout(RENDER_TIMEOUT_MS);
      await page.setContent(html, { waitUntil: "load", timeout: RENDER_TIMEOUT_MS });
      const style = 'style="font: 8pt Georgia, serif; color: #6b7280; width: 100%; padding: 0 20mm;"';
      return await page.pdf({
        format: "A4",
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: `<div ${style}><span style="float:right">${escapeHtml(marks.header)}</span></div>`,
        footerTemplate: `<div ${style}><span>${escapeHtml(marks.footer)}</span><span style="float:right"><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
        margin: { top: "22mm", bottom: "22mm", left: "20mm", right: "20mm" },
      });
    } finally {
      await context.close().catch(() => {});
    }
  } finally {
    release();
  }
}

/** Closes the shared browser (tests and shutdown; otherwise it closes itself when idle). */
export async function closePdfBrowser(): Promise<void> {
  const current = browser;
  browser = null;
  if (current) await (await current.catch(() => null))?.close().catch(() => {});
}
