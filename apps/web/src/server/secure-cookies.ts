import type { NextAuthOptions } from "next-auth";
import { trustedHops } from "./client-ip.ts";

/**
 * Whether the browser reached us over HTTPS. With NEXTAUTH_URL on https next-auth marks its
 * cookies Secure by itself; behind a TLS-terminating proxy of ours (TRUST_PROXY=<hops>) with a
 * plain-http NEXTAUTH_URL, only the proxy knows, and says so in X-Forwarded-Proto (its first
 * entry: the protocol the outermost proxy was reached with). Spoofing it over plain HTTP only
 * makes the cookie Secure, which the browser then won't send back over HTTP: no weaker, no use.
 */
export function forwardedHttps(
  headers: Headers,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  if (env.NEXTAUTH_URL?.startsWith("https://")) return false; // next-auth handles it (and names)
  if (trustedHops(env.TRUST_PROXY) === 0) return false;
  const first = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return first === "https";
}

/**
 * The same options with the session cookie marked Secure, under its usual name (getToken reads
 * that name; the `__Secure-` prefix is next-auth's when NEXTAUTH_URL itself is https).
 */
export function withSecureSessionCookie(options: NextAuthOptions): NextAuthOptions {
  return {
    ...options,
    cookies: {
      ...options.cookies,
      sessionToken: {
        name: "next-auth.session-token",
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
      },
    },
  };
}
