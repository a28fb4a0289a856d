import type { JSONContent } from "@tiptap/core";
import { isSafeHref } from "./href.ts";

type MarkJSON = { type: string; attrs?: Record<string, unknown> };

/**
 * A deliberately small Markdown subset for seed and demo data: paragraphs, `#`–`####` headings
 * (`#` maps to h2, our top level), `- `/`* ` bullets, `1. ` numbered lists, `> ` quotes,
 * `**bold**`, `*italic*` and `[text](url)`. No nesting of lists, no escapes; anything unrecognised
 * stays literal text. Not an importer.
 */
export function markdownToDocument(md: string): JSONContent {
  const content = parseBlocks(md.replace(/\r\n?/g, "\n").split("\n"));
  return { type: "doc", content: content.length > 0 ? content : [{ type: "paragraph" }] };
}

const HEADING = /^(#{1,4})\s+(.*)$/;
const BULLET = /^[-*]\s+(.*)$/;
const NUMBERED = /^(\d+)\.\s+(.*)$/;
const QUOTE = /^>\s?(.*)$/;

function parseBlocks(lines: string[]): JSONContent[] {
  const blocks: JSONContent[] = [];
  let i = 0;
  // Consumes the run of lines from `i` that match `re`, returning each line's captured rest.
  const takeRun = (re: RegExp, group: number): string[] => {
    const run: string[] = [];
    const at = (n: number) => re.exec((lines[n] ?? "").trim());
    for (let m = at(i); i < lines.length && m; m = at(++i)) {
      run.push(m[group] ?? "");
    }
    return run;
  };
  while (i < lines.length) {
    const line = (lines[i] ?? "").trim();
    const heading = HEADING.exec(line);
    const numbered = NUMBERED.exec(line);
    if (line === "") {
      i++;
    } else if (heading) {
      const level = Math.max(2, heading[1]?.length ?? 2);
      blocks.push({ type: "heading", attrs: { level }, ...inlineContent(heading[2] ?? "") });
      i++;
    } else if (QUOTE.test(line)) {
      blocks.push({ type: "blockquote", content: orParagraph(parseBlocks(takeRun(QUOTE, 1))) });
    } else if (BULLET.test(line)) {
      blocks.push({ type: "bulletList", content: takeRun(BULLET, 1).map(listItem) });
    } else if (numbered) {
      const start = Number(numbered[1]);
      blocks.push({ type: "orderedList", attrs: { start }, content: takeRun(NUMBERED, 2).map(listItem) });
    } else {
      // A paragraph runs until a blank line or the start of another kind of block.
      const text: string[] = [];
      for (let l = line; i < lines.length && l !== "" && !startsBlock(l); l = (lines[++i] ?? "").trim()) {
        text.push(l);
      }
      blocks.push({ type: "paragraph", ...inlineContent(text.join(" ")) });
    }
  }
  return blocks;
}

function startsBlock(line: string): boolean {
  return [HEADING, BULLET, NUMBERED, QUOTE].some((re) => re.test(line));
}

function listItem(text: string): JSONContent {
  return { type: "listItem", content: [{ type: "paragraph", ...inlineContent(text) }] };
}

function orParagraph(blocks: JSONContent[]): JSONContent[] {
  return blocks.length > 0 ? blocks : [{ type: "paragraph" }];
}

/** `{ content }` when there is text; ProseMirror refuses empty text nodes, so none otherwise. */
function inlineContent(text: string): { content?: JSONContent[] } {
  const content = parseInline(text.trim(), []);
  return content.length > 0 ? { content } : {};
}

// Tried in order at each position. Emphasis must hug its text as in CommonMark, so "a * b * c"
// stays literal; links with unsafe targets stay literal too, since the validator would refuse them.
const INLINE: [RegExp, (m: RegExpExecArray) => MarkJSON | null][] = [
  [/^\[([^\]]+)\]\(([^)\s]+)\)/, (m) => (isSafeHref(m[2]) ? { type: "link", attrs: { href: m[2] } } : null)],
  [/^\*\*(\S(?:.*?\S)?)\*\*/, () => ({ type: "bold" })],
  [/^\*(\S(?:.*?\S)?)\*/, () => ({ type: "italic" })],
];

function parseInline(src: string, marks: MarkJSON[]): JSONContent[] {
  const out: JSONContent[] = [];
  let plain = "";
  let i = 0;
  scan: while (i < src.length) {
    const rest = src.slice(i);
    for (const [re, toMark] of INLINE) {
      const m = re.exec(rest);
      const mark = m && toMark(m);
      if (m && mark) {
        if (plain) out.push(textNode(plain, marks));
        plain = "";
        out.push(...parseInline(m[1] ?? "", [...marks, mark]));
        i += m[0].length;
        continue scan;
      }
    }
    plain += src[i];
    i++;
  }
  if (plain) out.push(textNode(plain, marks));
  return out;
}

function textNode(text: string, marks: MarkJSON[]): JSONContent {
  return marks.length > 0 ? { type: "text", text, marks } : { type: "text", text };
}
