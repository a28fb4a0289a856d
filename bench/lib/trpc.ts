import type http from "node:http";
import { request } from "./http.ts";

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export class TrpcCallError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`${path}: ${status} ${code} ${message}`);
  }
}

/**
 * The superjson envelope of a single (unbatched) tRPC 11 call. The app's browser client uses
 * httpBatchLink (`?batch=1`, body `{"0":{"json":…}}`, array response); a plain call to the
 * procedure's URL with `{"json":…}` runs the same procedure without the batch wrapping.
 * Inputs here are plain JSON, so superjson adds no `meta`.
 */
export const superjsonBody = (input: unknown) => JSON.stringify({ json: input });

/** `result.data.json` of a tRPC response, or a TrpcCallError carrying its error code. */
export function unwrapTrpc(path: string, status: number, body: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new TrpcCallError(path, status, "NOT_JSON", body.slice(0, 200));
  }
  if (isRecord(parsed) && isRecord(parsed.result) && isRecord(parsed.result.data))
    return parsed.result.data.json;
  const error =
    isRecord(parsed) && isRecord(parsed.error) && isRecord(parsed.error.json) ? parsed.error.json : {};
  const data = isRecord(error.data) ? error.data : {};
  throw new TrpcCallError(
    path,
    status,
    String(data.code ?? "UNKNOWN"),
    String(error.message ?? body.slice(0, 200)),
  );
}

export type TrpcClient = {
  mutation(path: string, input: unknown): Promise<unknown>;
  query(path: string, input: unknown): Promise<unknown>;
};

/** A signed-in tRPC caller over HTTP to one app instance on 127.0.0.1. */
export function trpcClient(port: number, cookie: string, agent?: http.Agent): TrpcClient {
  return {
    async mutation(path, input) {
      const res = await request({
        port,
        agent,
        method: "POST",
        path: `/api/trpc/${path}`,
        // The app refuses POSTs that don't say they come from its own origin (CSRF).
        headers: { "content-type": "application/json", origin: `http://127.0.0.1:${port}`, cookie },
        body: superjsonBody(input),
      });
      return unwrapTrpc(path, res.status, res.body);
    },
    async query(path, input) {
      const res = await request({
        port,
        agent,
        method: "GET",
        path: `/api/trpc/${path}?input=${encodeURIComponent(superjsonBody(input))}`,
        headers: { cookie },
      });
      return unwrapTrpc(path, res.status, res.body);
    },
  };
}

/** The `id` of a mutation result such as sections.save's `{ id, number, … }`. */
export function idOf(result: unknown, key = "id"): string {
  const id = isRecord(result) ? result[key] : undefined;
  if (typeof id !== "string") throw new Error(`expected a result with a string "${key}"`);
  return id;
}
