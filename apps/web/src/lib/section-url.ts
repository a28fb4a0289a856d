import { idSchema } from "@dossier/schema";

/**
 * A section page's URL says what is open on it besides the text, so a link or a reload shows the
 * same thing. This file is the one place that reads and writes those params:
 *
 *   ?rev=<revisionId>            one revision, read-only, in place of the editor
 *   ?compare=<fromId>..<toId>    two revisions compared; `..<toId>` compares with the empty section
 *   ?thread=<threadId>           the comments panel open on that thread
 *
 * Other params (a search's `?highlight=`) are left as they are. Ids that aren't well formed are
 * ignored, so a mangled link opens nothing instead of asking the server for it.
 */

/** What the history stage shows instead of the editor (`fromId` null = the empty section). */
export type HistoryView =
  | { kind: "revision"; revisionId: string }
  | { kind: "compare"; fromId: string | null; toId: string };

export type SectionUrlState = {
  history: HistoryView | null;
  thread: string | null;
};

const REV = "rev";
const COMPARE = "compare";
const THREAD = "thread";
const RANGE = "..";

const asId = (value: string | null | undefined): string | null =>
  value && idSchema.safeParse(value).success ? value : null;

function readHistory(params: { get(name: string): string | null }): HistoryView | null {
  const compare = params.get(COMPARE);
  if (compare !== null) {
    const at = compare.indexOf(RANGE);
    const toId = at < 0 ? null : asId(compare.slice(at + RANGE.length));
    const fromText = at < 0 ? "" : compare.slice(0, at);
    const fromId = asId(fromText);
    // Compare wins over rev (we never write both); a malformed compare falls back to rev.
    if (toId && (fromText === "" || fromId)) return { kind: "compare", fromId, toId };
  }
  const revisionId = asId(params.get(REV));
  return revisionId ? { kind: "revision", revisionId } : null;
}

/** What a section page's query string asks to show. */
export function readSectionUrl(params: { get(name: string): string | null }): SectionUrlState {
  return { history: readHistory(params), thread: asId(params.get(THREAD)) };
}

/**
 * `search` (a query string, with or without its "?") with the parts in `change` set or removed,
 * everything else kept: "" when nothing is left, else "?…".
 */
export function withSectionUrl(search: string, change: Partial<SectionUrlState>): string {
  const params = new URLSearchParams(search);
  if (change.history !== undefined) {
    params.delete(REV);
    params.delete(COMPARE);
    const view = change.history;
    if (view?.kind === "revision") params.set(REV, view.revisionId);
    if (view?.kind === "compare") params.set(COMPARE, `${view.fromId ?? ""}${RANGE}${view.toId}`);
  }
  if (change.thread !== undefined) {
    if (change.thread) params.set(THREAD, change.thread);
    else params.delete(THREAD);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Where a thread opens: its section, the comments panel open on it (notifications, search, lists). */
export const threadHref = (briefId: string, sectionKey: string, threadId: string): string =>
  `/briefs/${briefId}/${sectionKey}${withSectionUrl("", { thread: threadId })}`;
