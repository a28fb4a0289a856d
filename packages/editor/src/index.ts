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
