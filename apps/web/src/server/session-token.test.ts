import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "./session-token.ts";

const secret = "a-test-secret-of-reasonable-length";
const claims = { sub: "user-1", sid: "session-1", name: "Ada" };

describe("decodeSessionToken", () => {
  it("reads what next-auth encodes, as next-auth's own decode does", async () => {
    const token = await encode({ token: claims, secret });
    const ours = await decodeSessionToken({ token, secret });
    expect(ours).toMatchObject(claims);
    expect(ours).toEqual(await decode({ token, secret }));
  });

  it("uses the same key derivation with a salt", async () => {
    const token = await encode({ token: claims, secret, salt: "a-salt" });
    expect(await decodeSessionToken({ token, secret, salt: "a-salt" })).toMatchObject(claims);
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow();
  });

  it("refuses a token made with another secret, and keeps the keys apart", async () => {
    const other = await encode({ token: claims, secret: "another-secret-entirely" });
    await expect(decodeSessionToken({ token: other, secret })).rejects.toThrow();
    // Both secrets' keys are now cached: each token still opens only with its own.
    expect(await decodeSessionToken({ token: other, secret: "another-secret-entirely" })).toMatchObject(
      claims,
    );
    await expect(
      decodeSessionToken({
        token: await encode({ token: claims, secret }),
        secret: "another-secret-entirely",
      }),
    ).rejects.toThrow();
  });

  it("refuses an expired token (beyond next-auth's 15 s of clock tolerance)", async () => {
    const token = await encode({ token: claims, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow();
  });

  it("answers null without a token", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
