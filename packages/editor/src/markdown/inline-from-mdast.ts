import type { JSONContent } from "@tiptap/core";
import type { Definition, PhrasingContent } from "mdast";
import { toString as mdastText } from "mdast-util-to-string";
import { isSafeHref } from "../href.ts";

type MarkJSON = { type: "bold" | "italic" | "code" } | { type: "link"; attrs: LinkAttrs };
type LinkAttrs = { href: string; title?: string };

/** Link targets of `[text][label]` references, by normalised label (the file's own definitions). */
export type Definitions = Map<string, Definition>;

/** How CommonMark compares labels: case-folded, inner whitespace collapsed. */
export const labelKey = (label: string) => label.trim().replace(/\s+/g, " ").toLowerCase();

// An HTML line break is how a table cell (or a heading) spells a hard break in GFM.
const HTML_BREAK = /^<br\s*\/?>$/i;

/**
 * mdast phrasing content → the document's inline nodes. Marks the schema has (bold, italic, code,
 * safe links) carry over; everything else keeps its text: strikethrough loses its line, images
 * become links to the image (or their alt text), inline HTML stays as the literal characters.
 * Nothing here can make an invalid document: unsafe link targets are dropped (the text stays) and
 * inline code, which excludes every other mark, only applies where no other mark is active.
 */
export function inlineFromMdast(nodes: readonly PhrasingContent[], definitions: Definitions): JSONContent[] {
  const out: JSONContent[] = [];
  convert(nodes, [], definitions, out);
  return out;
}

function convert(
  nodes: readonly PhrasingContent[],
  marks: MarkJSON[],
  definitions: Definitions,
  out: JSONContent[],
): void {
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        // A soft line break inside a paragraph reads as a space.
        pushText(out, node.value.replace(/\n/g, " "), marks);
        break;
      case "strong":
        convert(node.children, withMark(marks, { type: "bold" }), definitions, out);
        break;
      case "emphasis":
        convert(node.children, withMark(marks, { type: "italic" }), definitions, out);
        break;
      case "delete":
        convert(node.children, marks, definitions, out);
        break;
      case "inlineCode":
        pushText(out, node.value, marks.length > 0 ? marks : [{ type: "code" }]);
        break;
      case "break":
        out.push({ type: "hardBreak" });
        break;
      case "link":
        convert(node.children, linked(marks, node.url, node.title), definitions, out);
        break;
      case "linkReference": {
        const target = definitions.get(labelKey(node.identifier));
        convert(node.children, target ? linked(marks, target.url, target.title) : marks, definitions, out);
        break;
      }
      case "image":
        pushText(out, node.alt || node.url, linked(marks, node.url, node.title));
        break;
      case "imageReference": {
        const target = definitions.get(labelKey(node.identifier));
        pushText(
          out,
          node.alt || target?.url || "",
          target ? linked(marks, target.url, target.title) : marks,
        );
        break;
      }
      case "html":
        if (HTML_BREAK.test(node.value.trim())) out.push({ type: "hardBreak" });
        else pushText(out, node.value.replace(/\n/g, " "), marks);
        break;
      case "footnoteReference":
        pushText(out, `[^${node.label ?? node.identifier}]`, marks);
        break;
      default:
        pushText(out, mdastText(node), marks);
    }
  }
}

/** Adds a mark, replacing one of the same type (a link inside a link keeps the inner target). */
function withMark(marks: MarkJSON[], mark: MarkJSON): MarkJSON[] {
  return [...marks.filter((m) => m.type !== mark.type), mark];
}

function linked(marks: MarkJSON[], url: string, title: string | null | undefined): MarkJSON[] {
  if (!isSafeHref(url)) return marks;
  return withMark(marks, { type: "link", attrs: title ? { href: url, title } : { href: url } });
}

function pushText(out: JSONContent[], text: string, marks: MarkJSON[]): void {
  if (text === "") return;
  out.push(
    marks.length > 0 ? { type: "text", text, marks: marks.map((m) => ({ ...m })) } : { type: "text", text },
  );
}
