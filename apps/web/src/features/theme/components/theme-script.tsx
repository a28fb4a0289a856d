import { PRE_PAINT_SCRIPT } from "../lib/pre-paint-script.ts";

/**
 * The pre-paint script, for the root layout's <head>. It needs the page's CSP nonce: scripts run
 * only with it (server/content-security-policy.ts).
 */
export function ThemeScript({ nonce }: { nonce: string | undefined }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: PRE_PAINT_SCRIPT }} />;
}
