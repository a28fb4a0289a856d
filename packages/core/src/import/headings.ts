import type { Paragraph, PhrasingContent, RootContent } from "mdast";
import { toString as mdastText } from "mdast-util-to-string";

/**
 * How a heading was written. `atx` is a real Markdown heading (`###`, or underlined); the others
 * are the ways briefs fake one: a bold line, a bold lead-in followed by text, a numbered line.
 */
export type HeadingForm = "atx" | "bold" | "bold-inline" | "numbered";

export type HeadingCandidate = {
  /** The heading's words as written, without `#`, `**` or a trailing colon. */
  text: string;
  /** Markdown depth for `atx`; null for the bold and numbered forms, which have none. */
  level: number | null;
  form: HeadingForm;
  /**
   * A line that reads as a heading on its own (`atx`, `bold`). Weak candidates — a bold lead-in
   * with text after it on the same line, a one-item numbered list — are headings only when they
   * match a template section in a place that fits; otherwise they are ordinary text.
   */
  strong: boolean;
  /** What followed the heading in the same paragraph (the section's first words), if anything. */
  rest: Paragraph | null;
  line: number;
};

// Longer than this, a bold or numbered line is emphasis in the text, not a heading.
const MAX_HEADING_WORDS = 20;
const NUMBERED = /^\d+(?:\.\d+)*[.)]\s+\S/;

/** Reads a top-level block as a heading candidate, or null when it can't be one. */
export function headingCandidate(node: RootContent): HeadingCandidate | null {
  const line = node.position?.start.line ?? 0;
  if (node.type === "heading") {
    const text = clean(mdastText(node));
    return text ? { text, level: node.depth, form: "atx", strong: true, rest: null, line } : null;
  }
  if (node.type === "paragraph") return boldHeading(node, line) ?? numberedLine(node, line);
  if (node.type === "list" && node.ordered && node.children.length === 1) {
    const [item] = node.children;
    const [paragraph] = item?.children ?? [];
    if (item?.children.length !== 1 || paragraph?.type !== "paragraph") return null;
    const text = clean(mdastText(paragraph));
    return short(text)
      ? {
          text: `${node.start ?? 1}. ${text}`,
          level: null,
          form: "numbered",
          strong: false,
          rest: null,
          line,
        }
      : null;
  }
  return null;
}

/**
 * `**Title**`, `**Title:**`, `**Title**:`, then nothing, a line break and text, or text on the
 * same line (only with a colon: "**Crises** in the Sahel grew…" is emphasis, not a heading).
 */
function boldHeading(node: Paragraph, line: number): HeadingCandidate | null {
  const [first, ...after] = node.children;
  const bold = first?.type === "emphasis" && first.children.length === 1 ? first.children[0] : first;
  if (bold?.type !== "strong") return null;
  const raw = mdastText(bold).trim();
  const rest = [...after];
  let colon = raw.endsWith(":");
  const next = rest[0];
  if (next?.type === "text" && next.value.startsWith(":")) {
    colon = true;
    rest[0] = { ...next, value: next.value.slice(1) };
  }
  const text = clean(raw);
  if (!short(text)) return null;
  const newline = !sameLineText(rest);
  if (!newline && !colon) return null;
  const body = trimLeading(rest);
  return {
    text,
    level: null,
    form: newline ? "bold" : "bold-inline",
    strong: newline,
    rest: body.length > 0 ? { type: "paragraph", children: body, position: node.position } : null,
    line,
  };
}

/** `1. Overview` written so that it is not a list (`1\. Overview`, or inside a paragraph). */
function numberedLine(node: Paragraph, line: number): HeadingCandidate | null {
  if (node.children.some((child) => child.type !== "text")) return null;
  const text = clean(mdastText(node));
  if (!NUMBERED.test(text) || !short(text) || text.includes("\n")) return null;
  return { text, level: null, form: "numbered", strong: false, rest: null, line };
}

/** True when words follow on the heading's own line (before any line break). */
function sameLineText(rest: PhrasingContent[]): boolean {
  for (const node of rest) {
    if (node.type === "break") return false;
    if (node.type !== "text") return true;
    const [head = "", ...tail] = node.value.split("\n");
    if (head.trim()) return true;
    if (tail.length > 0) return false;
  }
  return false;
}

/** Drops whitespace (and the line break) at the start of the text after a heading. */
function trimLeading(children: PhrasingContent[]): PhrasingContent[] {
  const out = [...children];
  while (out[0]?.type === "text") {
    const value = out[0].value.replace(/^\s+/, "");
    if (value) {
      out[0] = { ...out[0], value };
      break;
    }
    out.shift();
  }
  if (out[0]?.type === "break") out.shift();
  return out;
}

function clean(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/\s*:\s*$/, "")
    .trim();
}

function short(text: string): boolean {
  return text !== "" && text.length <= 200 && text.split(" ").length <= MAX_HEADING_WORDS;
}
