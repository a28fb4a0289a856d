/**
 * Checks on an API request before any of it is parsed. Pure functions over the request, so they
 * are tested without a server (request-guards.test.ts) and the route stays one call.
 */

/**
 * Largest request body accepted. A section is at most 2 MiB of JSON (MAX_DOCUMENT_BYTES) and a
 * conflict resolution sends two of them; anything larger is refused before it is read in full.
 */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Most procedure calls in one batched request (the browser sends at most 10, see trpc/react.tsx). */
export const MAX_BATCH_CALLS = 20;

export type Refusal = { status: 400 | 403 | 413 | 415; code: string; message: string };

const refusal = (status: Refusal["status"], code: string, message: string): Refusal => ({
  status,
  code,
  message,
});

/**
 * Cross-site request forgery: a page elsewhere can make the browser POST here with the user's
 * cookie, as a form (urlencoded, multipart or text/plain: no preflight) or a no-cors fetch. Every
 * write is a POST, and ours are `application/json` from our own pages, so a POST must be JSON
 * (a cross-site page can't send that without a CORS preflight, which we never grant) and must say
 * it comes from this origin: `Sec-Fetch-Site: same-origin` from modern browsers, else an `Origin`
 * header naming one of `origins`. A request with neither is refused too: browsers send at least
 * one on every POST, and other clients (scripts, benches) can send an Origin.
 */
export function crossSiteProblem(req: Request, origins: readonly string[]): Refusal | null {
  if (req.method !== "POST") return null;
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    return refusal(415, "UNSUPPORTED_MEDIA_TYPE", "Requests must be sent as application/json");
  }
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  if (site !== null && site !== "same-origin") {
    return refusal(403, "FORBIDDEN", "Cross-site requests are not accepted");
  }
  if (site === null && (origin === null || !origins.includes(origin))) {
    return refusal(403, "FORBIDDEN", "Cross-site requests are not accepted");
  }
  return null;
}

/** The origins this app is served from: NEXTAUTH_URL's, and the one the request was addressed to. */
export function appOrigins(req: Request, publicUrl: string | undefined): string[] {
  const origins = [new URL(req.url).origin];
  if (publicUrl) {
    try {
      origins.push(new URL(publicUrl).origin);
    } catch {
      // A malformed NEXTAUTH_URL is next-auth's to report.
    }
  }
  return origins;
}

/** Too many procedures in one batched call (`/api/trpc/a,b,c?batch=1`). */
export function batchProblem(url: string, endpoint = "/api/trpc/"): Refusal | null {
  const { pathname } = new URL(url);
  if (!pathname.startsWith(endpoint)) return null;
  const calls = pathname.slice(endpoint.length).split(",").length;
  return calls > MAX_BATCH_CALLS
    ? refusal(400, "BAD_REQUEST", `Too many calls in one request (${calls}, limit ${MAX_BATCH_CALLS})`)
    : null;
}

const tooLarge = () =>
  refusal(413, "PAYLOAD_TOO_LARGE", `Request body too large (limit ${MAX_BODY_BYTES / 1024 / 1024} MB)`);

/**
 * The body, read up to `max` bytes: a declared Content-Length above it is refused before reading
 * anything, a body that turns out longer (chunked, or a lying header) as soon as it passes it.
 */
export async function readCappedBody(
  req: Request,
  max = MAX_BODY_BYTES,
): Promise<{ body: Uint8Array<ArrayBuffer> | null } | { refusal: Refusal }> {
  const declared = Number(req.headers.get("content-length") ?? Number.NaN);
  if (declared > max) return { refusal: tooLarge() };
  if (!req.body) return { body: null };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return { refusal: tooLarge() };
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return { body };
}

/** A refusal in tRPC's error shape (superjson-wrapped), so the client reports it like any error. */
export function refusalResponse(refused: Refusal, batch: boolean): Response {
  const error = {
    json: {
      message: refused.message,
      code: -32600,
      data: { code: refused.code, httpStatus: refused.status, zodIssues: null, appData: null, errorId: null },
    },
  };
  return new Response(JSON.stringify(batch ? [{ error }] : { error }), {
    status: refused.status,
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });
}
