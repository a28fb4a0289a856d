import { chromium } from "@playwright/test";

/** Debian's Chromium (never a downloaded one), headless, as the e2e suite runs it. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
}
