import type { JSONContent } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import { documentSchema } from "../extensions.ts";
import type { DocumentInput } from "../text.ts";
import { BlockDiffer } from "./blocks.ts";
import { ChangeLog } from "./changes.ts";

export type DocumentDiff = {
  /** One document in the schema of `createDiffExtensions()`: the new revision with changes marked. */
  doc: JSONContent;
  /** Change regions, numbered 0…changes-1 in document order by their `change`/`diffChange` attribute. */
  changes: number;
  wordsAdded: number;
  wordsRemoved: number;
};

/**
 * Compares two revisions for the read-only compare view. The result reads as the new revision in
 * its own formatting, with removed text put back where it was (diffDelete), new text marked
 * diffInsert, reformatted text marked diffFormat, and whole blocks added, removed or retyped
 * flagged by their `diff` attribute. Text is compared word by word within blocks that changed;
 * unchanged blocks are copied through untouched.
 *
 * Both inputs go through the document schema first (so equal content in differently ordered or
 * defaulted JSON compares equal); like documentToPlainText this throws on invalid documents.
 * Identical documents give back the new document's canonical JSON and 0 changes.
 */
export function diffDocuments(oldDoc: DocumentInput, newDoc: DocumentInput): DocumentDiff {
  const before = toNode(oldDoc);
  const after = toNode(newDoc);
  const log = new ChangeLog();
  const doc: JSONContent = before.eq(after)
    ? (after.toJSON() as JSONContent)
    : { type: after.type.name, content: new BlockDiffer(log).children(before, after) };
  return { doc, changes: log.changes, wordsAdded: log.wordsAdded, wordsRemoved: log.wordsRemoved };
}

function toNode(doc: DocumentInput): PMNode {
  return doc instanceof PMNode ? doc : PMNode.fromJSON(documentSchema, doc);
}
