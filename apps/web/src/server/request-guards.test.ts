import { describe, expect, it } from "vitest";
import {
  appOrigins,
  batchProblem,
  crossSiteProblem,
  MAX_BATCH_CALLS,
  MAX_BODY_BYTES,
  readCappedBody,
} from "./request-guards.ts";

const APP = "https://dossier.example.org";
const post = (headers: Record<string, string>, body = "{}") =>
  new Request(`${APP}/api/trpc/sections.save`, { method: "POST", headers, body });

// Issue 8, defect 9: tRPC accepted multipart/form-data, which a cross-site form can send, and
// checked no Origin.
describe("crossSiteProblem", () => {
  const origins = [APP];

  it.each([
    ["multipart/form-data; boundary=x", "a form post"],
    ["application/x-www-form-urlencoded", "an urlencoded form"],
    ["text/plain", "a no-cors fetch"],
    ["application/octet-stream", "raw bytes"],
  ])("refuses %s (%s) with 415", (type) => {
    expect(crossSiteProblem(post({ "content-type": type, origin: APP }), origins)?.status).toBe(415);
  });

  it("refuses JSON from another site, or with no sign of where it came from", () => {
    const json = { "content-type": "application/json" };
    expect(crossSiteProblem(post({ ...json, origin: "https://evil.example" }), origins)?.status).toBe(403);
    expect(
      crossSiteProblem(post({ ...json, "sec-fetch-site": "cross-site", origin: APP }), origins)?.status,
    ).toBe(403);
    expect(crossSiteProblem(post({ ...json, "sec-fetch-site": "same-site" }), origins)?.status).toBe(403);
    expect(crossSiteProblem(post({ ...json, origin: "null" }), origins)?.status).toBe(403);
    expect(crossSiteProblem(post(json), origins)?.status).toBe(403);
  });

  it("accepts JSON from our own pages (Sec-Fetch-Site or Origin) and leaves GETs alone", () => {
    const json = { "content-type": "application/json; charset=utf-8" };
    expect(
      crossSiteProblem(post({ ...json, "sec-fetch-site": "same-origin", origin: APP }), origins),
    ).toBeNull();
    expect(crossSiteProblem(post({ ...json, origin: APP }), origins)).toBeNull();
    expect(crossSiteProblem(new Request(`${APP}/api/trpc/briefs.list`), origins)).toBeNull();
  });

  it("knows the app's origins from NEXTAUTH_URL and the request", () => {
    const req = new Request("http://localhost:3000/api/trpc/x");
    expect(appOrigins(req, APP)).toEqual(["http://localhost:3000", APP]);
    expect(appOrigins(req, "not a url")).toEqual(["http://localhost:3000"]);
  });
});

// Issue 8, defect 11: a 20 MB body was parsed for 1.8 s before a 400; 200 calls in one batch took 3 s.
describe("limits", () => {
  it("refuses a declared oversized body before reading it", async () => {
    const req = new Request(`${APP}/api/trpc/x`, {
      method: "POST",
      headers: { "content-length": String(MAX_BODY_BYTES + 1) },
      body: "{}",
    });
    const result = await readCappedBody(req);
    expect("refusal" in result && result.refusal.status).toBe(413);
  });

  it("stops reading a streamed body as soon as it passes the limit", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
        if (pulled > 100) controller.close();
      },
    });
    const req = new Request(`${APP}/api/trpc/x`, {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    const result = await readCappedBody(req);
    expect("refusal" in result && result.refusal.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(MAX_BODY_BYTES / chunk.byteLength + 2);
  });

  it("passes a body within the limit through unchanged", async () => {
    const result = await readCappedBody(post({}, '{"a":1}'));
    expect("body" in result && new TextDecoder().decode(result.body ?? new Uint8Array())).toBe('{"a":1}');
  });

  it("refuses batches above the cap", () => {
    const many = Array.from({ length: MAX_BATCH_CALLS + 1 }, () => "health.get").join(",");
    expect(batchProblem(`${APP}/api/trpc/${many}?batch=1`)?.status).toBe(400);
    const fine = Array.from({ length: MAX_BATCH_CALLS }, () => "health.get").join(",");
    expect(batchProblem(`${APP}/api/trpc/${fine}?batch=1`)).toBeNull();
  });
});
