import http from "node:http";

/** Every request of the benches goes to this host, never anywhere else. */
export const LOCALHOST = "127.0.0.1";

export type HttpResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export type HttpRequest = {
  port: number;
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** A keep-alive agent reuses connections, like a browser does. */
  agent?: http.Agent;
  timeoutMs?: number;
};

/** One HTTP request to 127.0.0.1, body read to the end. Rejects on network errors and timeouts. */
export function request(req: HttpRequest): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...req.headers };
    if (req.body !== undefined) headers["content-length"] = Buffer.byteLength(req.body);
    const outgoing = http.request(
      {
        host: LOCALHOST,
        port: req.port,
        method: req.method,
        path: req.path,
        headers,
        agent: req.agent,
        timeout: req.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        res.on("error", reject);
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error(`${req.method} ${req.path} timed out`)));
    outgoing.on("error", reject);
    outgoing.end(req.body);
  });
}

/** A keep-alive agent with room for `sockets` parallel requests. */
export const keepAliveAgent = (sockets: number) =>
  new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });

/** Polls GET `path` until it answers 200, or throws after `timeoutMs`. */
export async function waitForHttp(port: number, path: string, timeoutMs: number, isAlive: () => boolean) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (!isAlive()) throw new Error(`the server on port ${port} exited while starting`);
    try {
      const res = await request({ port, method: "GET", path, timeoutMs: 5_000 });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer from 127.0.0.1:${port}${path} within ${timeoutMs / 1000} s`);
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = http.createServer();
    server.once("error", reject);
    server.listen(0, LOCALHOST, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}
