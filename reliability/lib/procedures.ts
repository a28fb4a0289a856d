import { appRouter } from "@dossier/api";
import { type Answer, type Client, errorCode } from "./client.ts";

export type ProcedureType = "query" | "mutation" | "subscription";

/** Every procedure of the app's router with its type, read from the router itself. */
export function procedures(): { path: string; type: ProcedureType }[] {
  const defs = appRouter._def.procedures as unknown as Record<string, { _def: { type: ProcedureType } }>;
  return Object.entries(defs).map(([path, def]) => ({ path, type: def._def.type }));
}

/**
 * Calls a procedure over HTTP the way the browser does: queries as GET, mutations as POST,
 * subscriptions as a server-sent-events GET (read until the first event, then dropped).
 */
export async function callProcedure(
  api: Client,
  path: string,
  type: ProcedureType,
  input: unknown,
): Promise<Answer> {
  if (type !== "subscription") return api.call(path, input, type);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 8_000);
  try {
    const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    const res = await fetch(`${api.origin}/api/trpc/${path}${query}`, {
      headers: { accept: "text/event-stream", ...(api.cookie ? { cookie: api.cookie } : {}) },
      signal: controller.signal,
    });
    if (!res.headers.get("content-type")?.includes("text/event-stream")) {
      const text = await res.text();
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {}
      return { status: res.status, body, text };
    }
    // `connected` comes first; a refusal follows as `serialized-error`. Nothing else within a few
    // seconds of connecting means the subscription is open (allowed).
    let text = "";
    const reader = res.body?.getReader();
    const decoder = new TextDecoder();
    const quiet = setTimeout(() => controller.abort(), 3_000);
    try {
      while (reader && !/event: serialized-error[^\n]*\ndata: .*\n/.test(text)) {
        const chunk = await reader.read();
        if (chunk.done) break;
        text += decoder.decode(chunk.value, { stream: true });
        if (/\ndata: (?!\{"reconnectAfter)/.test(text.replace(/^event: connected\n/m, ""))) break;
      }
    } catch {
      // aborted after the quiet period: open
    } finally {
      clearTimeout(quiet);
    }
    controller.abort();
    if (/event: serialized-error/.test(text)) {
      const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? "SSE_ERROR";
      return { status: 200, body: { error: { json: { data: { code } } } }, text };
    }
    return { status: res.status, body: { result: { data: { json: null } } }, text };
  } catch (error) {
    if (controller.signal.aborted)
      return { status: 200, body: { result: { data: { json: null } } }, text: "" };
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** What an answer means for authorization: allowed through, refused, or neither (a 5xx). */
export function verdict(answer: Answer): "allow" | "deny" | "error" {
  const code = errorCode(answer);
  if (code === null) return "allow";
  if (code === "UNAUTHORIZED" || code === "FORBIDDEN" || code === "NOT_FOUND") return "deny";
  if (answer.status >= 500) return "error";
  return "allow"; // past the access checks: refused for what the input says, not for who asks
}
