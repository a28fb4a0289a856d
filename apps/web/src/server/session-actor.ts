import { type Actor, loadSessionActor } from "@dossier/core";
import { getToken, type JWT } from "next-auth/jwt";
import { clientIp } from "./client-ip.ts";
import { db } from "./db.ts";
import { decodeSessionToken } from "./session-token.ts";

/**
 * Who a request is, from its session cookie, without Next's request objects: the tRPC endpoint
 * runs both inside Next (route handler) and beside it (server/node-api.ts), so this module must
 * not import `next/*`.
 */

export function sessionIdOf(token: JWT | null | undefined): string | null {
  const sid = token?.sid;
  return typeof sid === "string" && sid ? sid : null;
}

/** The signed-in, active user a session JWT names, or null (signed out, or the session ended). */
export async function actorFromToken(token: JWT | null, ip: string | null): Promise<Actor | null> {
  const sessionId = sessionIdOf(token);
  // A token from before sessions were rows has no sid: it no longer signs anyone in.
  if (!sessionId || !token?.sub) return null;
  return loadSessionActor(db, { sessionId, userId: token.sub, ip });
}

/** A Cookie header as name → value (the first of a repeated name wins, as browsers order them). */
export function cookiesOf(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of header?.split(";") ?? []) {
    const at = pair.indexOf("=");
    if (at < 0) continue;
    const name = pair.slice(0, at).trim();
    if (!name || cookies.has(name)) continue;
    const raw = pair.slice(at + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(raw));
    } catch {
      cookies.set(name, raw); // not percent-encoded after all: keep it as sent
    }
  }
  return cookies;
}

/** The actor of a request with these headers: next-auth reads the session JWT from its cookies. */
export async function actorFromHeaders(headers: Headers): Promise<Actor | null> {
  // getToken only reads `headers` (Authorization) and `cookies` (a Map is one of its shapes); its
  // types name Next's and Node's request classes, which this plain pair stands in for.
  const source = { headers, cookies: cookiesOf(headers.get("cookie")) };
  const token = await getToken({
    req: source as unknown as Parameters<typeof getToken>[0]["req"],
    decode: decodeSessionToken,
  });
  return actorFromToken(token, clientIp(headers));
}
