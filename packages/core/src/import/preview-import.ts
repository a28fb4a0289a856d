import type { ImportPreviewInput } from "@dossier/schema";
import { canCreateBrief } from "../access/roles.ts";
import type { Actor, DbClient } from "../actor.ts";
import { loadTemplateSections } from "../briefs/insert-brief.ts";
import { AppError } from "../errors.ts";
import { type ImportPlan, planImport } from "./plan-import.ts";

export type ImportPreview = ImportPlan & {
  fileName: string;
  /** Leaf keys that stay empty. */
  emptySections: string[];
  filledCount: number;
  leafCount: number;
};

/** Importing creates a brief, so it is for those who may create briefs. */
export function assertCanImport(actor: Actor): void {
  if (!canCreateBrief(actor.role))
    throw new AppError("FORBIDDEN", "Only admins and editors can import briefs");
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
const UNSAFE_IN_NAMES = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name as shown in the revision message: the last path segment, control characters and
 * bidirectional overrides removed (a crafted name must not reorder the text around it).
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(UNSAFE_IN_NAMES, "").trim();
  return clean.slice(0, 120) || "untitled.md";
}

/** What importing this file would create, section by section. Writes nothing. */
export async function previewImport(
  db: DbClient,
  actor: Actor,
  input: ImportPreviewInput,
): Promise<ImportPreview> {
  assertCanImport(actor);
  const template = await loadTemplateSections(db);
  const plan = planImport(input.markdown, template.sections, input.overrides);
  const leaves = plan.sections.filter((s) => s.isLeaf);
  const emptySections = leaves.filter((s) => !s.document).map((s) => s.key);
  return {
    fileName: cleanFileName(input.fileName),
    ...plan,
    emptySections,
    filledCount: leaves.length - emptySections.length,
    leafCount: leaves.length,
  };
}
