import type { JSONContent } from "@tiptap/core";
import { defaultHeadingLevel, type HeadingLevelFor, MdastConverter, toDocument } from "./from-mdast.ts";
import { parseMarkdown } from "./parse.ts";
import { documentToMdast, type HeadingDepthFor, stringifyMarkdown } from "./to-mdast.ts";

/**
 * Markdown ⇄ document conversion, next to the schema it targets. Kept off the package's main
 * entry (`@dossier/editor/markdown`) so the browser bundle never carries the parser.
 */
export { clampHeadingLevel, type HeadingLevelFor, MdastConverter, toDocument } from "./from-mdast.ts";
export { parseMarkdown } from "./parse.ts";
export { documentToMdast, type HeadingDepthFor, stringifyMarkdown } from "./to-mdast.ts";

/**
 * A Markdown text as one valid document. `#`/`##` become h2 (h1 is the brief's title), deeper
 * headings h3/h4; whatever the schema can't hold becomes plain text. Never throws.
 */
export function markdownToDocument(
  markdown: string,
  headingLevel: HeadingLevelFor = defaultHeadingLevel,
): JSONContent {
  const root = parseMarkdown(markdown);
  return toDocument(new MdastConverter(root).blocks(root.children, headingLevel));
}

/** A document as Markdown; `markdownToDocument` reads it back to the same document. */
export function documentToMarkdown(doc: JSONContent, headingDepth?: HeadingDepthFor): string {
  return stringifyMarkdown(documentToMdast(doc, headingDepth));
}
