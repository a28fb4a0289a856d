import { documentToMdast, stringifyMarkdown } from "@dossier/editor/markdown";
import type { RootContent } from "mdast";
import type { ExportedBrief } from "./load-export.ts";

/**
 * The brief as Markdown the importer reads back to the same sections and text: the title as `#`,
 * each section's title as a heading one level per template depth (`#` parts, `##`, `###`), and
 * headings inside a section below its own (an h2 in a `##` section becomes `###`). Empty sections
 * keep their heading, so the file shows the whole template.
 */
export function briefToMarkdown(brief: ExportedBrief): string {
  const nodes: RootContent[] = [heading(1, brief.title)];
  for (const section of brief.sections) {
    nodes.push(heading(section.depth, section.title));
    if (section.content) {
      nodes.push(...documentToMdast(section.content, (level) => section.depth + level - 1));
    }
  }
  return stringifyMarkdown(nodes);
}

function heading(depth: number, text: string): RootContent {
  const clamped = Math.min(6, Math.max(1, depth)) as 1 | 2 | 3 | 4 | 5 | 6;
  return { type: "heading", depth: clamped, children: [{ type: "text", value: text }] };
}
