import { isSafeHref, type JSONContent } from "@dossier/editor";
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Word's heading style for a level (1–6, clamped). */
export const headingStyle = (level: number) =>
  HEADINGS[Math.min(6, Math.max(1, level)) - 1] ?? HeadingLevel.HEADING_6;

export const ORDERED_LIST = "ordered";
const MONO = "Consolas";

type Context = {
  /** Added to a document heading's level (h2 in a level-2 section → Word's Heading 4). */
  headingOffset: number;
  listLevel: number;
  /** Indent for quotes, in twentieths of a point. */
  indent: number;
  /** A fresh numbering instance per ordered list, so each starts again from its own start. */
  nextInstance: () => number;
};

/**
 * A stored document → Word paragraphs and tables: headings as Word headings (so Word's
 * navigation pane and its own table of contents work), bullets and numbered lists at their
 * nesting level, bold/italic/code runs, links (absolute http(s)/mailto ones; a relative link has
 * no target outside the app, so it stays text), tables with header rows, quotes indented.
 */
export function documentDocx(
  doc: JSONContent,
  headingOffset: number,
  nextInstance: () => number,
): (Paragraph | Table)[] {
  return blocks(doc.content ?? [], { headingOffset, listLevel: 0, indent: 0, nextInstance });
}

function blocks(nodes: JSONContent[], ctx: Context): (Paragraph | Table)[] {
  return nodes.flatMap((node) => block(node, ctx));
}

function block(node: JSONContent, ctx: Context): (Paragraph | Table)[] {
  const indent = ctx.indent ? { indent: { left: ctx.indent } } : {};
  switch (node.type) {
    case "paragraph":
      return [new Paragraph({ children: runs(node.content ?? []), ...indent })];
    case "heading":
      return [
        new Paragraph({
          heading: headingStyle(Number(node.attrs?.level ?? 2) + ctx.headingOffset),
          children: runs(node.content ?? []),
          ...indent,
        }),
      ];
    case "blockquote":
      return blocks(node.content ?? [], { ...ctx, indent: ctx.indent + 567 });
    case "bulletList":
    case "orderedList":
      return list(node, ctx);
    case "codeBlock": {
      const lines = (node.content ?? [])
        .map((t) => t.text ?? "")
        .join("")
        .split("\n");
      return [
        new Paragraph({
          shading: { type: ShadingType.CLEAR, fill: "F3F4F6", color: "auto" },
          children: lines.map(
            (line, i) => new TextRun({ text: line, font: MONO, size: 19, break: i > 0 ? 1 : 0 }),
          ),
          ...indent,
        }),
      ];
    }
    case "horizontalRule":
      return [new Paragraph({ thematicBreak: true, children: [] })];
    case "table":
      return [table(node, ctx)];
    default:
      return [new Paragraph({ children: [new TextRun(plainText(node))], ...indent })];
  }
}

function list(node: JSONContent, ctx: Context): (Paragraph | Table)[] {
  const ordered = node.type === "orderedList";
  const start = Number(node.attrs?.start ?? 1);
  const instance = ordered ? ctx.nextInstance() : 0;
  const level = Math.min(8, ctx.listLevel);
  return (node.content ?? []).flatMap((item) => {
    const [first, ...rest] = item.content ?? [];
    const marker = ordered
      ? {
          numbering: {
            reference: start === 1 ? ORDERED_LIST : orderedFrom(start),
            level,
            instance,
          },
        }
      : { bullet: { level } };
    const lead = new Paragraph({ children: runs(first?.content ?? []), ...marker });
    // Further paragraphs of an item line up with its text; nested lists go one level deeper.
    const inner = { ...ctx, listLevel: ctx.listLevel + 1, indent: 720 * (level + 1) };
    return [lead, ...blocks(rest, inner)];
  });
}

/** A numbered list that starts elsewhere than 1 needs its own definition (docx adds it once). */
function orderedFrom(start: number) {
  return {
    reference: `${ORDERED_LIST}-from-${start}`,
    levels: [{ level: 0, format: "decimal" as const, text: "%1.", start, alignment: AlignmentType.START }],
  };
}

function table(node: JSONContent, ctx: Context): Table {
  const rows = (node.content ?? []).map((row) => {
    const cells = (row.content ?? []).map(
      (cell) =>
        new TableCell({
          children: cellBlocks(cell, ctx),
          columnSpan: Number(cell.attrs?.colspan ?? 1) || 1,
          rowSpan: Number(cell.attrs?.rowspan ?? 1) || 1,
          ...(cell.type === "tableHeader"
            ? { shading: { type: ShadingType.CLEAR, fill: "F3F4F6", color: "auto" } }
            : {}),
        }),
    );
    const header = (row.content ?? []).every((cell) => cell.type === "tableHeader");
    return new TableRow({ children: cells, tableHeader: header });
  });
  const border = { style: BorderStyle.SINGLE, size: 4, color: "D1D5DB" };
  return new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
  });
}

function cellBlocks(cell: JSONContent, ctx: Context): (Paragraph | Table)[] {
  const content = blocks(cell.content ?? [], { ...ctx, indent: 0, listLevel: 0 });
  // Word refuses a cell without a paragraph.
  return content.length > 0 ? content : [new Paragraph({ children: [] })];
}

function runs(nodes: JSONContent[]): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    if (node.type === "hardBreak") return [new TextRun({ text: "", break: 1 })];
    if (node.type !== "text" || !node.text) return [];
    const marks = new Set((node.marks ?? []).map((m) => m.type));
    const code = marks.has("code");
    const href = node.marks?.find((m) => m.type === "link")?.attrs?.href;
    const external = typeof href === "string" && isSafeHref(href) && /^(https?|mailto):/i.test(href.trim());
    const run = new TextRun({
      text: node.text,
      bold: marks.has("bold"),
      italics: marks.has("italic"),
      ...(code ? { font: MONO } : {}),
      ...(external ? { style: "Hyperlink" } : {}),
    });
    return external ? [new ExternalHyperlink({ link: href.trim(), children: [run] })] : [run];
  });
}

function plainText(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  return (node.content ?? []).map(plainText).join(" ");
}
