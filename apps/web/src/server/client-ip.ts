import { isIP } from "node:net";

/**
 * The address a request came from, for per-address rate limits (sign-in).
 *
 * `X-Forwarded-For` is whatever the client wrote unless a proxy we run replaced or extended it,
 * and Next keeps a client-supplied one as it is (it only fills the header in when absent), so it
 * is trusted only when TRUST_PROXY says how many proxies of ours stand in front of the app:
 * with `TRUST_PROXY=<hops>` the client is the hops-th address from the right of the forwarded
 * chain (each proxy appends the address it was connected from; anything further left is the
 * client's own say). Otherwise the TCP peer is the client: the Dossier server (apps/web/server.mjs,
 * what `npm start` runs) passes it in SOCKET_ADDRESS_HEADER after dropping any copy a client sent.
 * Under a bare `next start` that header is absent and, without TRUST_PROXY, the address is unknown
 * (null): limits then apply per account only.
 */
export const SOCKET_ADDRESS_HEADER = "x-dossier-socket-address";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined | null;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** A valid IP address, IPv4-mapped IPv6 written as IPv4; null for anything else. */
function normalise(value: string | undefined): string | null {
  const trimmed = value?.trim().replace(/^\[(.*)\]$/, "$1") ?? "";
  const address = trimmed.startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
  return isIP(address) ? address : null;
}

/** TRUST_PROXY as a number of hops: a whole number ≥ 0; anything else means no trusted proxy. */
export function trustedHops(value: string | undefined): number {
  if (!value) return 0;
  const hops = Number(value);
  if (Number.isSafeInteger(hops) && hops >= 0) return hops;
  console.warn(`TRUST_PROXY=${value} ignored: expected the number of proxies in front of the app (e.g. 1)`);
  return 0;
}

/**
 * The client's address for this request's headers, or null when it can't be known. `env` is for
 * tests; the app reads TRUST_PROXY from its environment.
 */
export function clientIp(
  headers: HeaderBag,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | null {
  const socket = normalise(header(headers, SOCKET_ADDRESS_HEADER));
  const hops = trustedHops(env.TRUST_PROXY);
  if (hops === 0) return socket;
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  // Nearest first: the TCP peer (our nearest proxy), then what each proxy appended, right to left.
  // Without the peer (bare `next start`), the nearest proxy's entry is the rightmost one.
  const chain = socket ? [socket, ...forwarded.reverse()] : forwarded.reverse();
  const offset = socket ? hops : hops - 1;
  // A chain shorter than the configured proxies means a request that bypassed them: take the
  // farthest address we have, which a proxy of ours (or the peer itself) wrote.
  return normalise(chain[Math.min(offset, chain.length - 1)]);
}
