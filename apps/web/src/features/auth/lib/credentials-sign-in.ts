/**
 * Email-and-password sign-in against next-auth's own endpoints, without its client library.
 * next-auth's `signIn()` asks for the provider list and a CSRF token before it posts, three round
 * trips in a row after the click; here the token is fetched while the person types, so the click
 * costs one request. The server side is unchanged: next-auth checks the token (a double-submit
 * cookie) and runs our `authorize` (src/server/auth.ts).
 */

const AUTH_BASE = "/api/auth";
/** next-auth reports a null `authorize` as this code; our provider throws readable messages instead. */
const GENERIC_FAILURE = "CredentialsSignin";
const UNREACHABLE = "Can't reach the server. Check your connection.";

export type SignInOutcome = { ok: true } | { ok: false; error: string };

let pendingToken: Promise<string> | null = null;

/**
 * The CSRF token for sign-ins from this page, asked for once (call it when the form shows). It
 * stays good while its cookie does; a try after a wrong password reuses it.
 */
export function prefetchCsrfToken(): Promise<string> {
  pendingToken ??= fetchCsrfToken().catch((error) => {
    pendingToken = null; // not cached: the next call asks again
    throw error;
  });
  return pendingToken;
}

async function fetchCsrfToken(): Promise<string> {
  const response = await fetch(`${AUTH_BASE}/csrf`, { cache: "no-store" });
  const body = (await response.json()) as { csrfToken?: unknown };
  if (!response.ok || typeof body.csrfToken !== "string") throw new Error("no CSRF token");
  return body.csrfToken;
}

/** Signs in with these credentials; on success the session cookie is set. Never throws. */
export async function signInWithCredentials(email: string, password: string): Promise<SignInOutcome> {
  try {
    const first = await post(email, password, await prefetchCsrfToken());
    if (first !== "STALE_TOKEN") return first;
    // The token's cookie was gone or replaced (another tab, cleared cookies): one fresh try.
    pendingToken = null;
    const second = await post(email, password, await prefetchCsrfToken());
    return second === "STALE_TOKEN" ? { ok: false, error: UNREACHABLE } : second;
  } catch {
    return { ok: false, error: UNREACHABLE };
  }
}

async function post(
  email: string,
  password: string,
  csrfToken: string,
): Promise<SignInOutcome | "STALE_TOKEN"> {
  const response = await fetch(`${AUTH_BASE}/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
    cache: "no-store",
  });
  const { url } = (await response.json()) as { url?: unknown };
  return readAnswer(response.status, typeof url === "string" ? url : null);
}

/**
 * What next-auth's answer means: it always names a URL. A rejected token answers 200 with
 * `?csrf=true` (next-auth's own client would take that for success), a failed `authorize` answers
 * with `?error=<message>`.
 */
export function readAnswer(status: number, url: string | null): SignInOutcome | "STALE_TOKEN" {
  const params = url ? new URL(url, "http://x").searchParams : null;
  if (params?.get("csrf") === "true") return "STALE_TOKEN";
  const error = params?.get("error");
  if (error) return { ok: false, error: error === GENERIC_FAILURE ? "Wrong email or password." : error };
  if (status < 200 || status >= 300 || !url) return { ok: false, error: "Sign-in failed. Try again." };
  return { ok: true };
}
