/**
 * Where to go after signing in. Only same-origin paths are honoured, so a crafted
 * `?callbackUrl=https://evil.example` can't bounce someone off-site.
 */
export function safeCallbackPath(raw: string | null | undefined, origin: string): string {
  if (!raw) return "/";
  try {
    const url = new URL(raw, origin);
    if (url.origin !== origin) return "/";
    if (url.pathname.startsWith("/signin") || url.pathname.startsWith("/api/")) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
