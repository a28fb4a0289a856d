export {
  createDocumentExtensions,
  documentExtensions,
  documentSchema,
  HEADING_LEVELS,
  type HeadingLevel,
  LINK_REL,
} from "./extensions.ts";
export { ALLOWED_LINK_PROTOCOLS, hrefProblem, isSafeHref } from "./href.ts";
export { markdownToDocument } from "./markdown.ts";
export {
  countWords,
  type DocumentInput,
  documentToPlainText,
  emptyDocument,
  isDocumentEmpty,
} from "./text.ts";
export {
  MAX_DOCUMENT_BYTES,
  MAX_NESTING_DEPTH,
  type ValidationResult,
  validateDocument,
} from "./validate.ts";
export type { JSONContent } from "@tiptap/core";

// Compare revisions (read-only diff viewer). The comment + blank line starts a new export chunk for
// Biome's import sorting, so these lines stay appended at the end.

export { type DocumentDiff, diffDocuments } from "./diff/diff.ts";
export {
  type BlockDiffKind,
  createDiffExtensions,
  DIFF_DELETE,
  DIFF_FORMAT,
  DIFF_INSERT,
  DIFF_MARKS,
} from "./diff/extensions.ts";
