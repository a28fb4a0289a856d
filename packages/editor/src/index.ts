export type { JSONContent } from "@tiptap/core";
export { createAnchorFromText } from "./anchoring/from-text.ts";
export {
  ANCHOR_CONTEXT_LENGTH,
  type Anchor,
  type AnchorRange,
  type AnchorText,
  anchorTextOf,
  createAnchor,
  type ReanchorResult,
  reanchor,
  reanchorAll,
  resolveAnchor,
  type TextPositionSelector,
  type TextQuoteSelector,
} from "./anchoring/index.ts";
export { type DocumentDiff, diffDocuments } from "./diff/diff.ts";
export {
  type BlockDiffKind,
  createDiffExtensions,
  DIFF_DELETE,
  DIFF_FORMAT,
  DIFF_INSERT,
  DIFF_MARKS,
} from "./diff/extensions.ts";
export {
  createDocumentExtensions,
  documentExtensions,
  documentSchema,
  HEADING_LEVELS,
  type HeadingLevel,
  LINK_REL,
} from "./extensions.ts";
export { ALLOWED_LINK_PROTOCOLS, hrefProblem, isSafeHref } from "./href.ts";
export {
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
export { countWords, WORD_PATTERN, wordsOf } from "./words.ts";
