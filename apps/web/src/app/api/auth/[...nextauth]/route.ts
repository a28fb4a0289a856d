import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/server/auth.ts";
import { forwardedHttps, withSecureSessionCookie } from "@/server/secure-cookies.ts";

const secureOptions = withSecureSessionCookie(authOptions);

/** Options per request: the session cookie is Secure when the browser came over HTTPS. */
function handler(req: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(req, context, forwardedHttps(req.headers) ? secureOptions : authOptions);
}

export { handler as GET, handler as POST };
