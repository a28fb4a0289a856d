import { request } from "./http.ts";

/** `name=value` pairs from Set-Cookie headers (attributes dropped). */
function cookiesOf(setCookie: string[] | undefined): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of setCookie ?? []) {
    const pair = line.split(";")[0] ?? "";
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return jar;
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/**
 * Signs in through next-auth as the browser does: GET /api/auth/csrf (token + csrf cookie), then
 * POST the credentials form to /api/auth/callback/credentials. Returns the Cookie header that
 * carries the session (the JWT in next-auth.session-token).
 */
export async function signIn(port: number, email: string, password: string): Promise<string> {
  const csrf = await request({ port, method: "GET", path: "/api/auth/csrf" });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken?: string };
  if (csrf.status !== 200 || !csrfToken) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const jar = cookiesOf(csrf.headers["set-cookie"]);
  const form = new URLSearchParams({ csrfToken, email, password, json: "true" });
  const res = await request({
    port,
    method: "POST",
    path: "/api/auth/callback/credentials",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: form.toString(),
  });
  const session = cookiesOf(res.headers["set-cookie"]).get("next-auth.session-token");
  if (!session) throw new Error(`sign-in as ${email} failed (${res.status}): ${res.body.slice(0, 200)}`);
  return `next-auth.session-token=${session}`;
}
