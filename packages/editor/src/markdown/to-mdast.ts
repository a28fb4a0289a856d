import type { JSONContent } from "@tiptap/core";
import type { BlockContent, ListItem, PhrasingContent, RootContent, TableCell, TableRow } from "mdast";
import { gfmFootnoteToMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughToMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableToMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemToMarkdown } from "mdast-util-gfm-task-list-item";
import { toMarkdown } from "mdast-util-to-markdown";

/** Maps a document heading level (2–4) to a Markdown heading depth; clamped to 1–6. */
export type HeadingDepthFor = (level: number) => number;

type Item = {
  text: string;
  href: string | null;
  title: string | null;
  bold: boolean;
  italic: boolean;
  code: boolean;
};
const BREAK = "break" as const;
type Inline = Item | typeof BREAK;

/**
 * Document blocks → mdast. Markdown cannot hold an empty paragraph, so those are left out; every
 * character of text is kept, and serialising escapes whatever would otherwise read as syntax.
 * Headings and table cells cannot hold a line break in Markdown: theirs become `<br>`, which the
 * importer reads back as a hard break.
 */
export function documentToMdast(
  doc: JSONContent,
  headingDepth: HeadingDepthFor = (level) => level,
): RootContent[] {
  return blocks(doc.content ?? [], headingDepth);
}

// The same extensions the parser reads: each also escapes text that would read as its syntax.
const EXTENSIONS = [
  gfmFootnoteToMarkdown(),
  gfmStrikethroughToMarkdown(),
  gfmTableToMarkdown(),
  gfmTaskListItemToMarkdown(),
];

/** mdast → Markdown text: `-` bullets, `*` emphasis, fenced code, GFM tables. */
export function stringifyMarkdown(nodes: RootContent[]): string {
  return toMarkdown(
    { type: "root", children: nodes },
    {
      extensions: EXTENSIONS,
      bullet: "-",
      emphasis: "*",
      strong: "*",
      fences: true,
      listItemIndent: "one",
    },
  );
}

function blocks(nodes: JSONContent[], headingDepth: HeadingDepthFor): BlockContent[] {
  return nodes.flatMap((node): BlockContent[] => {
    switch (node.type) {
      case "paragraph": {
        const children = phrasing(inlineItems(node.content ?? []), "break");
        return children.length > 0 ? [{ type: "paragraph", children }] : [];
      }
      case "heading": {
        const depth = Math.min(6, Math.max(1, headingDepth(Number(node.attrs?.level ?? 2))));
        const children = phrasing(inlineItems(node.content ?? []), "html");
        return [{ type: "heading", depth: depth as 1 | 2 | 3 | 4 | 5 | 6, children }];
      }
      case "blockquote":
        return [{ type: "blockquote", children: blocks(node.content ?? [], headingDepth) }];
      case "bulletList":
      case "orderedList": {
        const items = (node.content ?? []).map((item) => listItem(item, headingDepth));
        const ordered = node.type === "orderedList";
        const start = ordered ? Number(node.attrs?.start ?? 1) : null;
        return [{ type: "list", ordered, start, spread: items.some((i) => i.spread), children: items }];
      }
      case "codeBlock": {
        const value = (node.content ?? []).map((t) => t.text ?? "").join("");
        return [{ type: "code", lang: (node.attrs?.language as string | null) ?? null, value }];
      }
      case "horizontalRule":
        return [{ type: "thematicBreak" }];
      case "table":
        return [table(node)];
      default: {
        const text = plainText(node);
        return text ? [{ type: "paragraph", children: [{ type: "text", value: text }] }] : [];
      }
    }
  });
}

function listItem(item: JSONContent, headingDepth: HeadingDepthFor): ListItem {
  const children = blocks(item.content ?? [], headingDepth);
  // A second paragraph (or any non-list block) needs a blank line before it, i.e. a loose item.
  const spread = children.some((child, i) => i > 0 && child.type !== "list");
  return { type: "listItem", spread, children };
}

function table(node: JSONContent): BlockContent {
  const rows = node.content ?? [];
  const align = (rows[0]?.content ?? []).map((cell) => {
    const value = cell.attrs?.align;
    return value === "left" || value === "center" || value === "right" ? value : null;
  });
  const children: TableRow[] = rows.map((row) => {
    const cells = (row.content ?? []).map(
      (cell): TableCell => ({ type: "tableCell", children: cellPhrasing(cell) }),
    );
    return { type: "tableRow", children: cells.length > 0 ? cells : [{ type: "tableCell", children: [] }] };
  });
  return { type: "table", align, children };
}

/** A cell's blocks on one line: paragraphs joined by `<br>`, lists and quotes by their text. */
function cellPhrasing(cell: JSONContent): PhrasingContent[] {
  const items: Inline[] = [];
  for (const block of cell.content ?? []) {
    const inline =
      block.type === "paragraph" || block.type === "heading"
        ? inlineItems(block.content ?? [])
        : plainText(block)
            .split("\n")
            .flatMap((line, i): Inline[] => [...(i > 0 ? [BREAK] : []), plain(line)]);
    if (inline.length === 0) continue;
    if (items.length > 0) items.push(BREAK);
    items.push(...inline);
  }
  return phrasing(items, "html");
}

function inlineItems(nodes: JSONContent[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type === "hardBreak") return [BREAK];
    if (node.type !== "text" || !node.text) return [];
    const item = plain(node.text);
    for (const mark of node.marks ?? []) {
      if (mark.type === "bold") item.bold = true;
      else if (mark.type === "italic") item.italic = true;
      else if (mark.type === "code") item.code = true;
      else if (mark.type === "link" && typeof mark.attrs?.href === "string") {
        item.href = mark.attrs.href;
        item.title = typeof mark.attrs.title === "string" ? mark.attrs.title : null;
      }
    }
    return [item];
  });
}

const plain = (text: string): Item => ({
  text,
  href: null,
  title: null,
  bold: false,
  italic: false,
  code: false,
});

type Layer = {
  key: (item: Item) => string | null;
  wrap: (first: Item, children: PhrasingContent[]) => PhrasingContent[];
};

// Marks nest link ⊃ bold ⊃ italic: runs sharing the outer mark are grouped first, so a link over
// "a **b**" stays one link. Bold and italic shed edge spaces ("**word **" is not emphasis).
const LAYERS: Layer[] = [
  {
    key: (item) => (item.href === null ? null : `${item.href}\u0000${item.title ?? ""}`),
    wrap: (first, children) => [{ type: "link", url: first.href ?? "", title: first.title, children }],
  },
  { key: (item) => (item.bold ? "b" : null), wrap: (_, children) => hoistSpaces("strong", children) },
  { key: (item) => (item.italic ? "i" : null), wrap: (_, children) => hoistSpaces("emphasis", children) },
];

function phrasing(items: Inline[], breakAs: "break" | "html", layer = 0): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let i = 0;
  while (i < items.length) {
    const item = items[i] as (typeof items)[number]; // i < items.length
    if (item === BREAK) {
      out.push(breakAs === "break" ? { type: "break" } : { type: "html", value: "<br>" });
      i++;
      continue;
    }
    if (layer === LAYERS.length) {
      out.push(item.code ? { type: "inlineCode", value: item.text } : { type: "text", value: item.text });
      i++;
      continue;
    }
    const { key, wrap } = LAYERS[layer] as (typeof LAYERS)[number]; // layer < LAYERS.length
    const runKey = key(item);
    let end = i + 1;
    while (end < items.length && items[end] !== BREAK && key(items[end] as Item) === runKey) end++;
    const inner = phrasing(items.slice(i, end), breakAs, layer + 1);
    out.push(...(runKey === null ? inner : wrap(item, inner)));
    i = end;
  }
  return out;
}

/** Wraps `children` in strong/emphasis with any leading/trailing whitespace moved outside. */
function hoistSpaces(type: "strong" | "emphasis", children: PhrasingContent[]): PhrasingContent[] {
  const inner = [...children];
  let before = "";
  let after = "";
  const first = inner[0];
  if (first?.type === "text") {
    before = /^\s*/.exec(first.value)?.[0] ?? "";
    inner[0] = { type: "text", value: first.value.slice(before.length) };
  }
  const last = inner[inner.length - 1];
  if (last?.type === "text") {
    after = /\s*$/.exec(last.value)?.[0] ?? "";
    inner[inner.length - 1] = { type: "text", value: last.value.slice(0, last.value.length - after.length) };
  }
  const kept = inner.filter((child) => child.type !== "text" || child.value !== "");
  if (kept.length === 0) return [{ type: "text", value: before + after }];
  return [
    ...(before ? [{ type: "text" as const, value: before }] : []),
    { type, children: kept },
    ...(after ? [{ type: "text" as const, value: after }] : []),
  ];
}

function plainText(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  const separator = node.content?.some((c) => c.type === "text" || c.type === "hardBreak") ? "" : "\n";
  return (node.content ?? []).map(plainText).join(separator);
}
