import { describe, expect, it } from "vitest";
import { forwardedHttps } from "./secure-cookies.ts";

const headers = (proto?: string) => new Headers(proto ? { "x-forwarded-proto": proto } : {});

describe("forwardedHttps", () => {
  it("trusts X-Forwarded-Proto only behind a trusted proxy", () => {
    expect(forwardedHttps(headers("https"), { TRUST_PROXY: "1", NEXTAUTH_URL: "http://app" })).toBe(true);
    expect(forwardedHttps(headers("https"), { NEXTAUTH_URL: "http://app" })).toBe(false);
    expect(forwardedHttps(headers("http"), { TRUST_PROXY: "1", NEXTAUTH_URL: "http://app" })).toBe(false);
    expect(forwardedHttps(headers(), { TRUST_PROXY: "1", NEXTAUTH_URL: "http://app" })).toBe(false);
  });

  it("reads the outermost proxy's entry", () => {
    expect(forwardedHttps(headers("HTTPS, http"), { TRUST_PROXY: "2", NEXTAUTH_URL: "http://app" })).toBe(
      true,
    );
  });

  it("leaves an https NEXTAUTH_URL to next-auth (its own Secure cookie names)", () => {
    expect(forwardedHttps(headers("https"), { TRUST_PROXY: "1", NEXTAUTH_URL: "https://app" })).toBe(false);
  });
});
