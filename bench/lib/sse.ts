import http from "node:http";
import { LOCALHOST } from "./http.ts";

/** One server-sent event, stamped with the moment its bytes arrived. */
export type SseEvent = { event: string; data: string; at: number };

export type SseStream = { close(): void };

/**
 * Opens an SSE stream (GET, one connection of its own) on 127.0.0.1 and hands every event to
 * `onEvent`. Resolves once the response headers say 200 text/event-stream.
 */
export function openSse(
  port: number,
  path: string,
  headers: Record<string, string>,
  onEvent: (event: SseEvent) => void,
): Promise<SseStream> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: LOCALHOST,
        port,
        path,
        method: "GET",
        agent: false,
        headers: { accept: "text/event-stream", ...headers },
      },
      (res) => {
        if (res.statusCode !== 200 || !String(res.headers["content-type"]).startsWith("text/event-stream")) {
          res.resume();
          reject(
            new Error(`GET ${path.slice(0, 60)}… answered ${res.statusCode} ${res.headers["content-type"]}`),
          );
          return;
        }
        res.setEncoding("utf8");
        let buffer = "";
        res.on("data", (chunk: string) => {
          const at = performance.now();
          buffer += chunk;
          const blocks = buffer.split(/\r?\n\r?\n/);
          buffer = blocks.pop() ?? "";
          for (const block of blocks) {
            let event = "message";
            const data: string[] = [];
            for (const line of block.split(/\r?\n/)) {
              if (line.startsWith("event:")) event = line.slice(6).trim();
              else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
            }
            onEvent({ event, data: data.join("\n"), at });
          }
        });
        res.on("error", () => {});
        resolve({ close: () => req.destroy() });
      },
    );
    req.on("error", (error) => reject(error));
    req.end();
  });
}
