/**
 * A comment body as pieces to render: plain text, @mentions of the people the server recorded,
 * and http(s) links. The body is never parsed as HTML: each piece becomes a React text node (or
 * an <a> whose href passed `safeHttpUrl`), so nothing a person types can run in another browser.
 */

export type BodySegment =
  | { kind: "text"; text: string }
  | { kind: "mention"; text: string; userId: string }
  | { kind: "link"; text: string; href: string };

type Match = { start: number; end: number; segment: BodySegment };

// Candidate URLs: a scheme, then anything up to whitespace or characters that never belong in one.
const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'"’”»]+$/;

/** The URL if `raw` is an absolute http(s) URL, normalised by the URL parser; null otherwise. */
export function safeHttpUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname) return null;
  return url.href;
}

/** Drops punctuation that ends a sentence rather than the URL, and unbalanced closing brackets. */
function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    const before = url;
    url = url.replace(TRAILING_PUNCTUATION, "");
    for (const [open, close] of [
      ["(", ")"],
      ["[", "]"],
      ["{", "}"],
    ] as const) {
      if (url.endsWith(close) && count(url, open) < count(url, close)) url = url.slice(0, -1);
    }
    if (url === before) return url;
  }
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

function linkMatches(body: string): Match[] {
  const matches: Match[] = [];
  for (const found of body.matchAll(URL_CANDIDATE)) {
    const text = trimUrl(found[0]);
    const href = safeHttpUrl(text);
    if (!href || text.length <= "https://".length) continue;
    const start = found.index ?? 0;
    matches.push({ start, end: start + text.length, segment: { kind: "link", text, href } });
  }
  return matches;
}

function mentionMatches(body: string, mentions: readonly { id: string; name: string }[]): Match[] {
  const matches: Match[] = [];
  // Longest names first, so "@Ann Lee" wins over "@Ann" at the same place.
  const people = [...mentions].filter((m) => m.name).sort((a, b) => b.name.length - a.name.length);
  for (const person of people) {
    const needle = `@${person.name}`;
    for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, at + 1)) {
      const next = body[at + needle.length];
      if (next !== undefined && /[\p{L}\p{N}_]/u.test(next)) continue;
      matches.push({
        start: at,
        end: at + needle.length,
        segment: { kind: "mention", text: needle, userId: person.id },
      });
    }
  }
  return matches;
}

/** Splits a body into text, mention and link pieces; the pieces' text joined is the body. */
export function segmentCommentBody(
  body: string,
  mentions: readonly { id: string; name: string }[] = [],
): BodySegment[] {
  const candidates = [...mentionMatches(body, mentions), ...linkMatches(body)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const segments: BodySegment[] = [];
  let cursor = 0;
  for (const match of candidates) {
    if (match.start < cursor) continue; // overlaps one already taken
    if (match.start > cursor) segments.push({ kind: "text", text: body.slice(cursor, match.start) });
    segments.push(match.segment);
    cursor = match.end;
  }
  if (cursor < body.length) segments.push({ kind: "text", text: body.slice(cursor) });
  return segments;
}
