import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleApiRequest, isApiRequest } from "./node-api.ts";
import { cookiesOf } from "./session-actor.ts";

describe("isApiRequest", () => {
  it("takes the tRPC endpoint and its procedures, nothing that merely starts alike", () => {
    expect(isApiRequest("/api/trpc")).toBe(true);
    expect(isApiRequest("/api/trpc/sections.save")).toBe(true);
    expect(isApiRequest("/api/trpc/a.b,c.d?batch=1")).toBe(true);
    expect(isApiRequest("/api/trpc?x=1")).toBe(true);
    expect(isApiRequest("/api/trpcx/a")).toBe(false);
    expect(isApiRequest("/api/auth/session")).toBe(false);
    expect(isApiRequest("/briefs/api/trpc")).toBe(false);
    expect(isApiRequest(undefined)).toBe(false);
  });
});

describe("cookiesOf", () => {
  it("reads a Cookie header as next-auth expects, first of a repeated name winning", () => {
    const cookies = cookiesOf(
      "next-auth.session-token=abc.def; theme=dark; theme=light; a%20b=c%3Dd; broken",
    );
    expect(cookies.get("next-auth.session-token")).toBe("abc.def");
    expect(cookies.get("theme")).toBe("dark");
    expect(cookies.get("a%20b")).toBe("c=d");
    expect(cookies.has("broken")).toBe(false);
    expect(cookiesOf(null).size).toBe(0);
  });

  it("keeps a value that is not valid percent-encoding as sent", () => {
    expect(cookiesOf("x=100%").get("x")).toBe("100%");
  });
});

// The handler the production server mounts beside Next, over real HTTP. Only requests that never
// reach the database: the signed-in paths are the e2e suite's (every spec goes through here).
describe("handleApiRequest over HTTP", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => void handleApiRequest(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("answers with the app's security headers, never cached", async () => {
    const res = await fetch(`${base}/api/trpc/no.suchProcedure`);
    expect(res.status).toBe(404);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { error: { json: { data: { code: string } } } };
    expect(body.error.json.data.code).toBe("NOT_FOUND");
  });

  /** A save posted from another site, as `contentType`. */
  const crossSitePost = (contentType: string) =>
    fetch(`${base}/api/trpc/sections.save`, {
      method: "POST",
      headers: { "content-type": contentType, origin: "https://evil.example" },
      body: "{}",
    });

  it("refuses a cross-site form post before tRPC reads it", async () => {
    const res = await crossSitePost("text/plain");
    expect(res.status).toBe(415);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });

  it("refuses a JSON post from another site", async () => {
    expect((await crossSitePost("application/json")).status).toBe(403);
  });
});
