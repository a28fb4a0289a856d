import type { ImportBriefInput } from "@dossier/schema";
import type { Actor, Db } from "../actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { insertBrief, loadTemplateSections } from "../briefs/insert-brief.ts";
import { AppError } from "../errors.ts";
import { appendRevision } from "../revisions/append-revision.ts";
import { checkContent } from "../revisions/checked-content.ts";
import { planImport } from "./plan-import.ts";
import { assertCanImport, cleanFileName } from "./preview-import.ts";

/**
 * Creates a brief from a Markdown file: the template's sections, each filled one as revision 1
 * credited to the importer ("Imported from <file>"), written through `appendRevision` like every
 * other save. One transaction: a failure anywhere leaves no brief behind. The plan is the
 * preview's, so what the person saw is what gets saved.
 */
export async function importBrief(
  db: Db,
  actor: Actor,
  input: ImportBriefInput,
): Promise<{ id: string; filledCount: number }> {
  assertCanImport(actor);
  const template = await loadTemplateSections(db);
  const plan = planImport(input.markdown, template.sections, input.overrides);
  // Parsing and validation happen before the transaction opens, so it holds locks only for writes.
  const drafts = plan.sections.flatMap((s) =>
    s.document ? [{ key: s.key, ...checkContent(s.document) }] : [],
  );
  const message = `Imported from ${cleanFileName(input.fileName)}`;
  return db.$transaction(async (tx) => {
    const brief = await insertBrief(tx, actor, { country: input.country, title: input.title });
    for (const draft of drafts) {
      const section = brief.sections.get(draft.key);
      if (!section?.isLeaf)
        throw new AppError("CONFLICT", "The template changed during the import; try again");
      const saved = await appendRevision(tx, actor, { id: section.id, briefId: brief.id }, null, {
        content: draft.content,
        text: draft.text,
        wordCount: draft.wordCount,
        kind: "EDIT",
        message,
        previousText: "",
      });
      if (!saved) throw new AppError("CONFLICT", "The new brief changed during the import; try again");
    }
    // One event for the whole import: the file name and counts, never its text.
    await recordAudit(tx, actor, {
      action: "brief.import",
      briefId: brief.id,
      data: {
        country: input.country,
        title: brief.title,
        fileName: cleanFileName(input.fileName),
        filledSections: drafts.length,
        unmatchedHeadings: plan.unmatched.length,
      },
    });
    return { id: brief.id, filledCount: drafts.length };
  });
}
