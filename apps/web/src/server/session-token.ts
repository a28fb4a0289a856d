import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT } from "next-auth/jwt";

/**
 * next-auth's session JWT decoder, with the encryption key derived once per secret. next-auth's
 * own `decode` (next-auth/jwt) runs HKDF on every call, which profiled at 0.2 ms of CPU on every
 * request — about a tenth of a save. The rest is what it does: the key is HKDF-SHA256 of the
 * secret with the same salt and info (its `getDerivedEncryptionKey`), the token a JWE ("dir",
 * A256GCM) checked with 15 s of clock tolerance. It throws on a bad or expired token, as
 * next-auth's does; getToken turns that into null.
 */
export async function decodeSessionToken({
  token,
  secret,
  salt = "",
}: {
  token?: string;
  secret: string | Buffer;
  salt?: string;
}): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}

const keys = new Map<string, Uint8Array>();

function encryptionKey(secret: string | Buffer, salt: string): Uint8Array {
  const id = `${salt}\u0000${typeof secret === "string" ? secret : secret.toString("base64")}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
    keys.set(id, key);
  }
  return key;
}
