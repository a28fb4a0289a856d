import { PERMISSIONS_POLICY } from "./content-security-policy.ts";

/**
 * Headers on every response: next.config.ts sets them on what Next serves, server/node-api.ts on
 * the API answers it serves beside Next. (Pages also get a per-request Content-Security-Policy
 * from src/proxy.ts.)
 */
export const SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
];
