/** Merge assertions for the merge tests (document builders: `@dossier/editor/testing`). Test-only. */
import { validateDocument } from "@dossier/editor";
import { expect } from "vitest";
import { mergeDocuments } from "./merge-documents.ts";
import type { JSONContent, MergeConflict } from "./types.ts";

/** The document as the merge returns documents: validated and normalised. */
export function normalized(json: JSONContent): JSONContent {
  const checked = validateDocument(json);
  if (!checked.ok) throw new Error(checked.error);
  return checked.doc.toJSON() as JSONContent;
}

/** Merges and asserts success and validity; returns the merged document. */
export function mergeClean(base: JSONContent, theirs: JSONContent, mine: JSONContent): JSONContent {
  const result = mergeDocuments(base, theirs, mine);
  if (!result.ok) throw new Error(`expected a clean merge, got ${JSON.stringify(result.conflicts, null, 2)}`);
  expect(validateDocument(result.doc).ok).toBe(true);
  return result.doc;
}

/** Merges and asserts it conflicted; returns the conflicts. */
export function mergeConflicts(base: JSONContent, theirs: JSONContent, mine: JSONContent): MergeConflict[] {
  const result = mergeDocuments(base, theirs, mine);
  if (result.ok) throw new Error(`expected conflicts, got ${JSON.stringify(result.doc)}`);
  expect(result.conflicts.length).toBeGreaterThan(0);
  return result.conflicts;
}
