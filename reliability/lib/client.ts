/**
 * HTTP clients for the running app: next-auth's credentials sign-in, then raw tRPC calls that
 * return the status and body as they came (the suite judges them; nothing is thrown on errors).
 */
export type Answer = { status: number; body: unknown; text: string };

export type Client = {
  origin: string;
  cookie: string;
  call(path: string, input?: unknown, kind?: "query" | "mutation"): Promise<Answer>;
  mutation(path: string, input?: unknown): Promise<unknown>;
  query(path: string, input?: unknown): Promise<unknown>;
};

export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const login = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = login.headers.getSetCookie().find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in as ${email} failed (${login.status})`);
  return session.split(";")[0] ?? "";
}

export function client(origin: string, cookie = ""): Client {
  const call = async (path: string, input?: unknown, kind: "query" | "mutation" = "mutation") => {
    const headers: Record<string, string> = cookie ? { cookie } : {};
    // No input is sent the way the app's own client sends it (superjson: no `json` at all, read as
    // undefined), so a procedure whose input defaults (briefs.list) gets its default, not null.
    const payload = JSON.stringify(input === undefined ? {} : { json: input });
    const res =
      kind === "query"
        ? await fetch(`${origin}/api/trpc/${path}?input=${encodeURIComponent(payload)}`, { headers })
        : await fetch(`${origin}/api/trpc/${path}`, {
            method: "POST",
            headers: { ...headers, "content-type": "application/json", origin },
            body: payload,
          });
    const text = await res.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON (a proxy page, a crash): judged by status and text
    }
    return { status: res.status, body, text };
  };
  const unwrap = (path: string) => (answer: Answer) => {
    const body = answer.body as { result?: { data: { json: unknown } } } | null;
    if (!body?.result) throw new Error(`${path} → ${answer.status}: ${answer.text.slice(0, 300)}`);
    return body.result.data.json;
  };
  return {
    origin,
    cookie,
    call,
    mutation: (path, input) => call(path, input, "mutation").then(unwrap(path)),
    query: (path, input) => call(path, input, "query").then(unwrap(path)),
  };
}

/** The tRPC error code of an answer (`CONFLICT`, `FORBIDDEN`…), or null for a success. */
export function errorCode(answer: Answer): string | null {
  const body = answer.body as { error?: { json?: { data?: { code?: string } } } } | null;
  if (answer.status < 300 && !body?.error) return null;
  return body?.error?.json?.data?.code ?? `HTTP_${answer.status}`;
}

/** Whether a failed write's answer says it may have been stored (the connection broke mid-way). */
export function inDoubt(answer: Answer): boolean {
  const body = answer.body as { error?: { json?: { data?: { inDoubt?: boolean } } } } | null;
  return body?.error?.json?.data?.inDoubt === true;
}

export async function signedIn(origin: string, email: string, password: string): Promise<Client> {
  return client(origin, await signIn(origin, email, password));
}
