import { withAuth } from "next-auth/middleware";

/**
 * Signed-out visitors to any app page get a real redirect (307) to /signin, with the page they
 * asked for as callbackUrl — before any page renders. Pages and procedures still check the
 * session themselves: this is for a clean navigation, not the security boundary.
 */
export default withAuth({ pages: { signIn: "/signin" } });

export const config = {
  // Everything but sign-in, the auth and tRPC endpoints (which answer 401 themselves) and assets.
  matcher: ["/((?!signin|api/|_next/|icon\\.svg|favicon\\.ico).*)"],
};
