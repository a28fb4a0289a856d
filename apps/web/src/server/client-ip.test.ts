import { describe, expect, it } from "vitest";
import { clientIp, SOCKET_ADDRESS_HEADER } from "./client-ip.ts";

// Issue 8, defect 4: the per-address sign-in key came from a client-supplied X-Forwarded-For, so
// an attacker picked a fresh "address" for every guess.

const socket = (address: string, extra: Record<string, string> = {}) => ({
  [SOCKET_ADDRESS_HEADER]: address,
  ...extra,
});

describe("clientIp", () => {
  it("without TRUST_PROXY, ignores forwarded headers and uses the socket's peer", () => {
    const spoofed = socket("198.51.100.4", { "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" });
    expect(clientIp(spoofed, {})).toBe("198.51.100.4");
    expect(clientIp(new Headers(spoofed), {})).toBe("198.51.100.4");
  });

  it("writes IPv4-mapped IPv6 peers as IPv4, keeps real IPv6", () => {
    expect(clientIp(socket("::ffff:127.0.0.1"), {})).toBe("127.0.0.1");
    expect(clientIp(socket("2001:db8::1"), {})).toBe("2001:db8::1");
  });

  it("is null when the peer is unknown (bare next start) and no proxy is trusted", () => {
    expect(clientIp({ "x-forwarded-for": "1.2.3.4" }, {})).toBeNull();
    expect(clientIp(undefined, {})).toBeNull();
    expect(clientIp(socket("not-an-address"), {})).toBeNull();
  });

  it("behind one trusted proxy, takes the address the proxy appended, not what the client wrote", () => {
    const env = { TRUST_PROXY: "1" };
    expect(clientIp(socket("10.0.0.2", { "x-forwarded-for": "203.0.113.7" }), env)).toBe("203.0.113.7");
    // The client sent its own X-Forwarded-For; the proxy appended the real peer.
    const spoofed = socket("10.0.0.2", { "x-forwarded-for": "1.1.1.1, 2.2.2.2, 203.0.113.7" });
    expect(clientIp(spoofed, env)).toBe("203.0.113.7");
    // The same without the socket header (bare next start behind the proxy).
    expect(clientIp({ "x-forwarded-for": "1.1.1.1, 203.0.113.7" }, env)).toBe("203.0.113.7");
  });

  it("behind two trusted proxies, skips both", () => {
    const headers = socket("10.0.0.3", { "x-forwarded-for": "9.9.9.9, 203.0.113.7, 10.0.0.2" });
    expect(clientIp(headers, { TRUST_PROXY: "2" })).toBe("203.0.113.7");
  });

  it("a request that bypassed the proxies gets the farthest address a proxy or the peer wrote", () => {
    expect(clientIp(socket("203.0.113.50"), { TRUST_PROXY: "2" })).toBe("203.0.113.50");
  });

  it("ignores a TRUST_PROXY that isn't a number of hops", () => {
    const headers = socket("198.51.100.4", { "x-forwarded-for": "1.2.3.4" });
    expect(clientIp(headers, { TRUST_PROXY: "true" })).toBe("198.51.100.4");
  });
});
