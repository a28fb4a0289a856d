import type { Region } from "./diff3.ts";
import type { ConflictReason, JSONContent, MergeConflict } from "./types.ts";

/** Excerpts are for a conflict card, not for reading the whole section there. */
const MAX_EXCERPT = 160;

/** Why a "both" region could not be merged, judged from the shape of its spans. */
export function reasonOf(region: Region): ConflictReason {
  const empty = (span: Region["base"]) => span.start === span.end;
  if (empty(region.base)) return "both-inserted";
  if (empty(region.theirs) || empty(region.mine)) return "changed-and-deleted";
  return "both-changed";
}

/** Plain text of some nodes (blocks or inline), blocks on separate lines, clipped for display. */
export function excerptOf(nodes: readonly JSONContent[]): string {
  return clip(
    nodes
      .map(nodeText)
      .filter((text) => text !== "")
      .join("\n"),
  );
}

function nodeText(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  const inline = node.content?.every((child) => child.type === "text" || child.type === "hardBreak");
  return (node.content ?? []).map(nodeText).join(inline ? "" : "\n");
}

/** Keeps the start and the end of long text: the end often shows where a change stops. */
export function clip(text: string): string {
  if (text.length <= MAX_EXCERPT) return text;
  const head = Math.floor(MAX_EXCERPT * 0.65);
  const tail = MAX_EXCERPT - head - 3;
  return `${text.slice(0, head).trimEnd()} … ${text.slice(text.length - tail).trimStart()}`;
}

const REASON_TEXT: Record<ConflictReason, string> = {
  "both-changed": "Both versions changed",
  "changed-and-deleted": "One version deleted what the other changed in",
  "both-inserted": "Both versions added different text at",
  "invalid-result": "The two sets of changes cannot be combined in",
};

/**
 * One line for logs and notifications, e.g.
 * `Both versions changed block 3: "the fox" → theirs "the cat", mine "the dog"`.
 */
export function summarizeConflict(conflict: MergeConflict): string {
  const { from, to } = conflict.base;
  const where =
    from === to
      ? `the position before block ${from + 1}`
      : to - from === 1
        ? `block ${from + 1}`
        : `blocks ${from + 1}–${to}`;
  const quote = (text: string) => (text === "" ? "(nothing)" : JSON.stringify(text));
  const { base, theirs, mine } = conflict.excerpt;
  return `${REASON_TEXT[conflict.reason]} ${where}: ${quote(base)} → theirs ${quote(theirs)}, mine ${quote(mine)}`;
}

/** Summaries of every conflict, one per line. */
export function summarizeConflicts(conflicts: readonly MergeConflict[]): string {
  return conflicts.map(summarizeConflict).join("\n");
}
