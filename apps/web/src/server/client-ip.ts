/**
 * The client's address for rate limiting and audit events. (Moved here unchanged from
 * server/auth.ts; proxy trust — TRUST_PROXY — is decided in this one place.)
 */
export function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  const real = headers?.["x-real-ip"];
  return first || (Array.isArray(real) ? real[0] : real) || null;
}
