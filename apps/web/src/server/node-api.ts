import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { incomingMessageToRequest } from "@trpc/server/adapters/node-http";
import { SECURITY_HEADERS } from "./security-headers.ts";
import { handleTrpcRequest, TRPC_ENDPOINT } from "./trpc-request.ts";

/**
 * The API as a plain Node handler, for the Dossier server (apps/web/server.mjs) to answer beside
 * Next. Built on its own by scripts/build-api.mjs into the build folder (dossier-api.mjs).
 *
 * Why: a save is the request users make most, and Next's per-request routing, request wrapping
 * and response streaming cost more CPU than the save's own work (bench/save-profile.ts). The
 * handler is the same function Next's route calls (trpc-request.ts), so the rules are one.
 */

/** /api/trpc and its procedures (`/api/trpc/a.b`, `/api/trpc/a,b?batch=1`). */
export function isApiRequest(url: string | undefined): boolean {
  if (!url?.startsWith(TRPC_ENDPOINT)) return false;
  const next = url.charAt(TRPC_ENDPOINT.length);
  return next === "" || next === "/" || next === "?";
}

export async function handleApiRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  // The Request's signal aborts when the client goes away: tRPC then ends a live subscription.
  const request = incomingMessageToRequest(req, res, { maxBodySize: null });
  const response = await handleTrpcRequest(request);
  await send(response, res);
}

/** Writes a fetch Response to Node's response, with backpressure; a client that leaves ends it. */
async function send(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  for (const [key, value] of response.headers) if (key !== "set-cookie") res.setHeader(key, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  if (!response.body) {
    res.end();
    return;
  }
  try {
    await pipeline(Readable.fromWeb(response.body as NodeWebStream<Uint8Array>), res);
  } catch (error) {
    // The browser closed a live stream or left mid-answer: nothing is left to tell it.
    if ((error as NodeJS.ErrnoException).code !== "ERR_STREAM_PREMATURE_CLOSE") throw error;
  }
}
