export { summarizeConflict, summarizeConflicts } from "./conflicts.ts";
export { mergeDocuments } from "./merge-documents.ts";
export type {
  BlockRange,
  ConflictReason,
  JSONContent,
  JSONMark,
  MergeConflict,
  MergeResult,
} from "./types.ts";
