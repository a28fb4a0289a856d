/**
 * @mentions in comment bodies. A body is plain text; a mention is the text "@Name" and, beside
 * the body, the mentioned person's id (`mentionUserIds`). These helpers find the "@query" being
 * typed, filter the brief's members by it, insert the picked name and keep the id list in step
 * with the text (a mention the writer deleted again notifies nobody).
 */

export type MentionCandidate = { id: string; name: string; email?: string };

/** The "@query" under the caret: `start` is the "@", `end` the caret. */
export type ActiveMention = { start: number; end: number; query: string };

/** Long enough for "First Middle Last"; longer runs after an "@" are not a mention any more. */
const MAX_QUERY = 40;
const MAX_SPACES = 2;

/**
 * The mention being typed when the caret is at `caret`, or null. The "@" must start the text or
 * follow whitespace or an opening bracket (so "name@example.org" is not a mention); the query may
 * hold spaces (names do) but not line breaks, and doesn't start with a space.
 */
export function activeMention(text: string, caret: number): ActiveMention | null {
  const end = Math.max(0, Math.min(caret, text.length));
  const from = Math.max(0, end - MAX_QUERY - 1);
  for (let i = end - 1; i >= from; i--) {
    const ch = text[i];
    if (ch === "\n" || ch === "\r") return null;
    if (ch !== "@") continue;
    const before = text[i - 1] ?? "";
    if (before !== "" && !/[\s([{"'“‘]/.test(before)) return null;
    const query = text.slice(i + 1, end);
    if (query.startsWith(" ")) return null;
    if ((query.match(/ /g)?.length ?? 0) > MAX_SPACES) return null;
    return { start: i, end, query };
  }
  return null;
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Members matching a query, best first: the full name starting with it, then any word of the name,
 * then the email. An empty query lists everyone (alphabetically, as given).
 */
export function matchMembers<T extends MentionCandidate>(
  members: readonly T[],
  query: string,
  limit = 8,
): T[] {
  const q = fold(query.trim());
  if (q === "") return members.slice(0, limit);
  const scored: { member: T; score: number; index: number }[] = [];
  members.forEach((member, index) => {
    const name = fold(member.name);
    let score = -1;
    if (name.startsWith(q)) score = 0;
    else if (name.split(/\s+/).some((word) => word.startsWith(q))) score = 1;
    else if (member.email && fold(member.email).startsWith(q)) score = 2;
    if (score >= 0) scored.push({ member, score, index });
  });
  return scored
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, limit)
    .map((s) => s.member);
}

/** Replaces the "@query" with "@Name " and says where the caret goes (after the space). */
export function insertMention(
  text: string,
  mention: ActiveMention,
  member: MentionCandidate,
): { text: string; caret: number } {
  const after = text.slice(mention.end);
  const inserted = `@${member.name}${after.startsWith(" ") ? "" : " "}`;
  const next = text.slice(0, mention.start) + inserted + after;
  const caret = mention.start + inserted.length + (after.startsWith(" ") ? 1 : 0);
  return { text: next, caret };
}

/** True when "@Name" appears in `text` as a whole mention (not the start of a longer word). */
export function mentionsName(text: string, name: string): boolean {
  const needle = `@${name}`;
  let at = text.indexOf(needle);
  while (at !== -1) {
    const next = text[at + needle.length];
    if (next === undefined || !/[\p{L}\p{N}_]/u.test(next)) return true;
    at = text.indexOf(needle, at + 1);
  }
  return false;
}

/** The ids of the picked people whose "@Name" is still in the text, each once. */
export function mentionedIds(text: string, picked: readonly MentionCandidate[]): string[] {
  const ids: string[] = [];
  for (const person of picked) {
    if (!ids.includes(person.id) && mentionsName(text, person.name)) ids.push(person.id);
  }
  return ids;
}
