export const LINK_PROTOCOLS = ["http:", "https:", "mailto:"] as const;

export type LinkUrlResult = { ok: true; href: string } | { ok: false; error: string };

/**
 * Turns what someone typed into the link field into a safe href. A bare domain gets https://,
 * a bare email address gets mailto:; anything else must already be http, https or mailto.
 */
export function normaliseLinkUrl(input: string): LinkUrlResult {
  const value = input.trim();
  if (value === "") return { ok: false, error: "Enter a URL" };
  let candidate = value;
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(value)) candidate = `mailto:${value}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) candidate = `https://${value}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, error: "That doesn't look like a valid URL" };
  }
  if (!(LINK_PROTOCOLS as readonly string[]).includes(url.protocol)) {
    return { ok: false, error: "Links must start with http://, https:// or mailto:" };
  }
  if (url.protocol !== "mailto:" && !url.hostname.includes(".") && url.hostname !== "localhost") {
    return { ok: false, error: "That doesn't look like a valid URL" };
  }
  return { ok: true, href: candidate };
}
