import { Extension, type Extensions, Mark, mergeAttributes } from "@tiptap/core";
import { Code } from "@tiptap/extension-code";
import { CodeBlock } from "@tiptap/extension-code-block";
import { StarterKit, type StarterKitOptions } from "@tiptap/starter-kit";
import { createDocumentExtensions, documentSchema } from "../extensions.ts";

/**
 * Extensions for the read-only "compare revisions" viewer. Everything here is display-only: it is
 * never added to `documentExtensions`, so the server validator keeps refusing diff marks in a save.
 */

export const DIFF_INSERT = "diffInsert";
export const DIFF_DELETE = "diffDelete";
export const DIFF_FORMAT = "diffFormat";
export const DIFF_MARKS = [DIFF_INSERT, DIFF_DELETE, DIFF_FORMAT] as const;

/** Block attribute values: the whole block was added, removed, or changed type/attributes. */
export type BlockDiffKind = "insert" | "delete" | "format";

// Every change carries its region number as data-change, so "next change" can query
// [data-change="n"] and land on the first element of that region.
/** What the attribute parsers read from a DOM element (typed so the editor builds without the DOM library). */
type AttributeSource = { getAttribute(name: string): string | null };

const changeAttribute = {
  default: null,
  parseHTML: (element: AttributeSource) => numberOrNull(element.getAttribute("data-change")),
  renderHTML: (attrs: Record<string, unknown>) =>
    attrs.change === null ? {} : { "data-change": String(attrs.change) },
};

const noteAttribute = {
  default: null,
  parseHTML: (element: AttributeSource) => element.getAttribute("title"),
  renderHTML: (attrs: Record<string, unknown>) => (attrs.note ? { title: String(attrs.note) } : {}),
};

function diffMark(name: string, tag: string, className: string, withNote: boolean) {
  return Mark.create({
    name,
    // Typing never happens in the viewer; this just keeps an accidental edit from spreading a mark.
    inclusive: false,
    addAttributes: () => ({ change: changeAttribute, ...(withNote ? { note: noteAttribute } : {}) }),
    parseHTML: () => [{ tag: `${tag}.${className}` }],
    renderHTML: ({ HTMLAttributes }) => [tag, mergeAttributes({ class: className }, HTMLAttributes), 0],
  });
}

export const DiffInsert = diffMark(DIFF_INSERT, "ins", "diff-ins", false);
export const DiffDelete = diffMark(DIFF_DELETE, "del", "diff-del", false);
export const DiffFormat = diffMark(DIFF_FORMAT, "span", "diff-format", true);

/** Every block type of the document schema (not doc itself): any of them can be added or removed. */
const BLOCK_TYPES = Object.values(documentSchema.nodes)
  .filter((type) => type.isBlock && type !== documentSchema.topNodeType)
  .map((type) => type.name);

/**
 * Block attributes `diff` (kind), `diffChange` (region number) and `diffNote` ("heading 2 → heading 3"),
 * rendered as data-diff / data-change / title so CSS can style whole added or removed blocks,
 * including ones without text (a rule, an empty row).
 */
export const DiffBlocks = Extension.create({
  name: "diffBlocks",
  addGlobalAttributes: () => [
    {
      types: BLOCK_TYPES,
      attributes: {
        diff: {
          default: null,
          keepOnSplit: false,
          parseHTML: (element) => element.getAttribute("data-diff"),
          renderHTML: (attrs) =>
            attrs.diff ? { "data-diff": String(attrs.diff), class: `diff-block-${attrs.diff}` } : {},
        },
        diffChange: {
          default: null,
          keepOnSplit: false,
          parseHTML: (element) => numberOrNull(element.getAttribute("data-change")),
          renderHTML: (attrs) =>
            attrs.diffChange === null ? {} : { "data-change": String(attrs.diffChange) },
        },
        diffNote: {
          default: null,
          keepOnSplit: false,
          parseHTML: (element) => element.getAttribute("title"),
          renderHTML: (attrs) => (attrs.diffNote ? { title: String(attrs.diffNote) } : {}),
        },
      },
    },
  ],
});

/**
 * `documentExtensions` plus the diff marks and block attributes. Two schema tweaks make removed and
 * inserted text markable everywhere: inline code normally excludes every other mark, and code
 * blocks allow none, so here code excludes only the document's own marks and code blocks admit
 * the insert/delete marks. Everything else is the document schema unchanged.
 */
export function createDiffExtensions(): Extensions {
  const documentMarks = Object.keys(documentSchema.marks).join(" ");
  const extensions = createDocumentExtensions().flatMap((extension) => {
    if (extension.name !== StarterKit.name) return [extension];
    const options = extension.options as Partial<StarterKitOptions>;
    const codeOptions = options.code === false ? null : (options.code ?? {});
    const codeBlockOptions = options.codeBlock === false ? null : (options.codeBlock ?? {});
    return [
      extension.configure({ code: false, codeBlock: false }),
      ...(codeOptions ? [Code.extend({ excludes: documentMarks }).configure(codeOptions)] : []),
      ...(codeBlockOptions
        ? [CodeBlock.extend({ marks: `${DIFF_INSERT} ${DIFF_DELETE}` }).configure(codeBlockOptions)]
        : []),
    ];
  });
  return [...extensions, DiffInsert, DiffDelete, DiffFormat, DiffBlocks];
}

function numberOrNull(value: string | null): number | null {
  const n = Number(value);
  return value !== null && Number.isSafeInteger(n) ? n : null;
}
