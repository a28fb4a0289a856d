import type { JSONContent } from "@tiptap/core";
import type { List, ListItem, Nodes, Root, RootContent, Table, TableCell } from "mdast";
import { toString as mdastText } from "mdast-util-to-string";
import { HEADING_LEVELS } from "../extensions.ts";
import { MAX_NESTING_DEPTH, validateDocument } from "../validate.ts";
import { type Definitions, inlineFromMdast, labelKey } from "./inline-from-mdast.ts";

/** Maps a Markdown heading depth (1–6) to a document heading level; clamped to the schema's. */
export type HeadingLevelFor = (depth: number) => number;

const MIN_LEVEL = HEADING_LEVELS[0];
const MAX_LEVEL = HEADING_LEVELS[HEADING_LEVELS.length - 1] ?? MIN_LEVEL;
export const clampHeadingLevel = (level: number) => Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, level));

/** `#` and `##` become h2 (a section's top level: h1 is the brief's own title), `####`+ h4. */
export const defaultHeadingLevel: HeadingLevelFor = (depth) => depth;

// Containers nested deeper than this become plain paragraphs, so the validator's depth limit
// (which counts the text inside too) can never be reached, whatever the file.
const FLATTEN_BELOW = MAX_NESTING_DEPTH - 8;

/**
 * Converts mdast blocks to document blocks. One converter per parsed file: link references are
 * resolved against that file's definitions wherever in the file the blocks come from.
 */
export class MdastConverter {
  private readonly definitions: Definitions = new Map();

  constructor(root: Root) {
    const collect = (node: Nodes) => {
      if (node.type === "definition") {
        const key = labelKey(node.identifier);
        // CommonMark: the first definition of a label wins.
        if (!this.definitions.has(key)) this.definitions.set(key, node);
      }
      if ("children" in node) for (const child of node.children) collect(child);
    };
    collect(root);
  }

  /** `nodes` as document blocks; `depth` is where they land (the doc's children are at 2). */
  blocks(nodes: readonly RootContent[], headingLevel = defaultHeadingLevel, depth = 2): JSONContent[] {
    return nodes.flatMap((node) => this.block(node, headingLevel, depth));
  }

  /** The inline content of a paragraph or heading. */
  inline(nodes: Parameters<typeof inlineFromMdast>[0]): JSONContent[] {
    return inlineFromMdast(nodes, this.definitions);
  }

  private block(node: RootContent, headingLevel: HeadingLevelFor, depth: number): JSONContent[] {
    if (depth > FLATTEN_BELOW) return textParagraphs(mdastText(node, { includeHtml: true }));
    switch (node.type) {
      case "paragraph": {
        const content = this.inline(node.children);
        return content.length > 0 ? [{ type: "paragraph", content }] : [];
      }
      case "heading":
        return [
          withContent("heading", this.inline(node.children), {
            level: clampHeadingLevel(headingLevel(node.depth)),
          }),
        ];
      case "thematicBreak":
        return [{ type: "horizontalRule" }];
      case "blockquote":
        return [
          { type: "blockquote", content: orParagraph(this.blocks(node.children, headingLevel, depth + 1)) },
        ];
      case "list":
        return [this.list(node, headingLevel, depth)];
      case "code":
        return [
          withContent("codeBlock", node.value ? [{ type: "text", text: node.value }] : [], {
            language: node.lang ?? null,
          }),
        ];
      case "table":
        return [this.table(node)];
      case "definition":
        // Consumed by the references that use it; a definition renders as nothing in any viewer.
        return [];
      case "footnoteDefinition": {
        const [first, ...rest] = this.blocks(node.children, headingLevel, depth);
        const label = { type: "text", text: `[^${node.label ?? node.identifier}]: ` };
        const lead =
          first?.type === "paragraph" ? { ...first, content: [label, ...(first.content ?? [])] } : null;
        return lead
          ? [lead, ...rest]
          : [{ type: "paragraph", content: [label] }, ...(first ? [first] : []), ...rest];
      }
      case "html":
        // Raw HTML is shown as the characters it is made of, never interpreted.
        return textParagraphs(node.value);
      default:
        return textParagraphs(mdastText(node, { includeHtml: true }));
    }
  }

  private list(node: List, headingLevel: HeadingLevelFor, depth: number): JSONContent {
    const items = node.children.map((item) => this.listItem(item, headingLevel, depth + 1));
    if (!node.ordered) return { type: "bulletList", content: items };
    return { type: "orderedList", attrs: { start: node.start ?? 1 }, content: items };
  }

  private listItem(item: ListItem, headingLevel: HeadingLevelFor, depth: number): JSONContent {
    const content = this.blocks(item.children, headingLevel, depth + 1);
    // A list item must open with a paragraph (a nested list straight away gets an empty one).
    if (content[0]?.type !== "paragraph") content.unshift({ type: "paragraph" });
    if (typeof item.checked === "boolean") {
      const first = content[0] as JSONContent; // ensured just above
      const box = { type: "text", text: item.checked ? "[x] " : "[ ] " };
      content[0] = { ...first, content: [box, ...(first.content ?? [])] };
    }
    return { type: "listItem", content };
  }

  private table(node: Table): JSONContent {
    const width = Math.max(1, ...node.children.map((row) => row.children.length));
    const rows = node.children.map((row, r) => ({
      type: "tableRow",
      content: Array.from({ length: width }, (_, c) =>
        this.cell(row.children[c], r === 0 ? "tableHeader" : "tableCell", node.align?.[c] ?? null),
      ),
    }));
    return { type: "table", content: rows };
  }

  private cell(cell: TableCell | undefined, type: string, align: string | null): JSONContent {
    const paragraph = withContent("paragraph", cell ? this.inline(cell.children) : []);
    return { type, ...(align ? { attrs: { align } } : {}), content: [paragraph] };
  }
}

/**
 * Wraps blocks as a document and checks it against the schema. The converters only build what
 * the schema holds, so the fallback (the same text as plain paragraphs) is a backstop, not a path.
 * Returns the validator's normalised JSON: adjacent text runs joined, marks in schema order.
 */
export function toDocument(blocks: JSONContent[]): JSONContent {
  const checked = validateDocument({ type: "doc", content: orParagraph(blocks) });
  if (checked.ok) return checked.doc.toJSON() as JSONContent;
  const fallback = validateDocument({
    type: "doc",
    content: orParagraph(textParagraphs(plainTextOf(blocks))),
  });
  if (fallback.ok) return fallback.doc.toJSON() as JSONContent;
  return { type: "doc", content: [{ type: "paragraph" }] };
}

function plainTextOf(nodes: JSONContent[]): string {
  if (nodes.every((n) => n.type === "text" || n.type === "hardBreak")) {
    return nodes.map((n) => (n.type === "text" ? (n.text ?? "") : "\n")).join("");
  }
  return nodes.map((n) => plainTextOf(n.content ?? [])).join("\n\n");
}

/** Lines of text as paragraphs (blank lines separate paragraphs, single newlines break lines). */
function textParagraphs(text: string): JSONContent[] {
  return text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== "")
    .map((chunk) => ({
      type: "paragraph",
      content: chunk.split("\n").flatMap((line, i) => {
        const parts: JSONContent[] = i > 0 ? [{ type: "hardBreak" }] : [];
        return line ? [...parts, { type: "text", text: line }] : parts;
      }),
    }));
}

function withContent(type: string, content: JSONContent[], attrs?: Record<string, unknown>): JSONContent {
  return { type, ...(attrs ? { attrs } : {}), ...(content.length > 0 ? { content } : {}) };
}

function orParagraph(blocks: JSONContent[]): JSONContent[] {
  return blocks.length > 0 ? blocks : [{ type: "paragraph" }];
}
