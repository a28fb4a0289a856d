import { describe, expect, it } from "vitest";
import { readAnswer } from "./credentials-sign-in.ts";

describe("reading next-auth's sign-in answer", () => {
  it("is a success only with a 2xx and a URL without error", () => {
    expect(readAnswer(200, "http://localhost:3000/")).toEqual({ ok: true });
    expect(readAnswer(500, "http://localhost:3000/")).toMatchObject({ ok: false });
    expect(readAnswer(200, null)).toMatchObject({ ok: false });
  });

  it("passes our provider's message on, and words next-auth's generic code", () => {
    const url = "http://localhost:3000/api/auth/error?error=Too%20many%20attempts.%20Try%20again%20later.";
    expect(readAnswer(401, url)).toEqual({ ok: false, error: "Too many attempts. Try again later." });
    expect(readAnswer(401, "/api/auth/error?error=CredentialsSignin")).toEqual({
      ok: false,
      error: "Wrong email or password.",
    });
  });

  it("takes a rejected CSRF token for what it is, though next-auth answers it with a 200", () => {
    expect(readAnswer(200, "http://localhost:3000/api/auth/signin?csrf=true")).toBe("STALE_TOKEN");
  });
});
