import type { Prisma } from "@dossier/db";
import { countWords, documentToPlainText, validateDocument } from "@dossier/editor";
import { AppError } from "../errors.ts";

export type CheckedContent = { content: Prisma.InputJsonValue; text: string; wordCount: number };

/**
 * Validates a document against the editor's schema and derives what a revision stores.
 * Stores the normalised JSON (unknown attributes dropped), never the raw input.
 */
export function checkContent(json: unknown): CheckedContent {
  const checked = validateDocument(json);
  if (!checked.ok) throw new AppError("BAD_REQUEST", checked.error);
  const text = documentToPlainText(checked.doc);
  return { content: checked.doc.toJSON() as Prisma.InputJsonValue, text, wordCount: countWords(text) };
}
