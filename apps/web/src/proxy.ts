import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { type NextRequestWithAuth, withAuth } from "next-auth/middleware";
import { contentSecurityPolicy } from "./server/content-security-policy.ts";
import { pageTargetVisible } from "./server/page-target.ts";

/** Pages anyone may open (an invite link is its own credential); everything else needs a session. */
const PUBLIC_PAGES = /^\/(signin|invite)(\/|$)/;

/**
 * Every page request: a fresh CSP nonce (Next puts it on its scripts; see
 * server/content-security-policy.ts), and for app pages a signed-out visitor gets a real redirect
 * (307) to /signin with the page they asked for as callbackUrl — before any page renders. Pages
 * and procedures still check the session themselves: this is for a clean navigation, not the
 * security boundary.
 */
function withContentSecurityPolicy(req: NextRequest, status?: 404) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: req.nextUrl.protocol === "https:",
  });
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  // A missing brief, section or version renders the app's not-found page with a real 404 status.
  const response = status
    ? NextResponse.rewrite(new URL("/_not-found", req.url), { request: { headers }, status })
    : NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

/**
 * App pages need a session (else a 307 to sign-in). One naming a brief, section or version that
 * doesn't exist for the signed-in person answers 404 here, before rendering: the pages stream
 * behind loading skeletons, and a not-found found while streaming can't change the status.
 */
const requireSession = withAuth(
  async (req) => {
    const visible = await pageTargetVisible(req.nextUrl.pathname, req.nextauth.token?.sub);
    return withContentSecurityPolicy(req, visible ? undefined : 404);
  },
  { pages: { signIn: "/signin" } },
);

export default function proxy(req: NextRequest, event: NextFetchEvent) {
  // next-auth's middleware passes its own sign-in page through untouched (no inner call), so
  // public pages get their policy here.
  if (PUBLIC_PAGES.test(req.nextUrl.pathname)) return withContentSecurityPolicy(req);
  return requireSession(req as NextRequestWithAuth, event);
}

export const config = {
  // Pages only: not the API (tRPC and next-auth answer for themselves) or static assets.
  matcher: ["/((?!api/|_next/|icon\\.svg|favicon\\.ico).*)"],
};
