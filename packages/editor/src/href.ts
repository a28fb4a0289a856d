/**
 * The one link policy, shared by the editor (Link's `isAllowedUri`, so pasted and typed links are
 * refused up front) and the server validator (so crafted JSON is refused too).
 */

export const ALLOWED_LINK_PROTOCOLS = ["http", "https", "mailto"] as const;

// Browsers drop ASCII tab/newline anywhere in a URL and trim C0 controls and spaces at the ends, so
// `java\tscript:` and ` javascript:` still run. We strip all controls and Unicode spaces before
// reading the scheme, which covers those disguises and a few more.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g;

// We never decode entities, but an HTML-string renderer elsewhere might, and `&#106;avascript:`
// or `javascript&colon;` would then come alive. No real link needs these sequences.
const ENTITY_TRICK = /&(#|colon|tab|newline)/i;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Why `href` is not an acceptable link target, or null when it is. */
export function hrefProblem(href: unknown): string | null {
  if (typeof href !== "string") return "link has no href";
  const visible = href.replace(INVISIBLE, "");
  if (visible === "") return "link href is empty";
  if (ENTITY_TRICK.test(visible)) return `link href ${quote(href)} contains HTML entities`;
  const scheme = SCHEME.exec(visible)?.[1]?.toLowerCase();
  // No scheme means a relative reference (`/briefs/1`, `#risks`, `//host/x`): it stays on http(s).
  if (scheme === undefined) return null;
  if ((ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(scheme)) return null;
  return `link href ${quote(href)} is not allowed (only http, https, mailto and relative links)`;
}

export function isSafeHref(href: unknown): boolean {
  return hrefProblem(href) === null;
}

function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(short);
}
