import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

/**
 * Markdown text → mdast (the unified family's syntax tree), CommonMark plus GitHub's extensions
 * (tables, strikethrough, task lists, autolinks, footnotes). micromark follows the spec to the
 * letter, so what a reader sees in any GitHub-style viewer is what we convert.
 */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown.replace(/\r\n?/g, "\n"), {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
}
