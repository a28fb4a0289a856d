import { codeOf, doc, type Harness } from "../../testing/harness.ts";

/** A brief with an editor (owner), a reviewer, a viewer, and a saved "crises" section. */
export async function setup(h: Harness) {
  const editor = await h.user("EDITOR");
  const reviewer = await h.user("REVIEWER");
  const viewer = await h.user("VIEWER");
  const briefId = await h.brief(editor, [
    [reviewer, "REVIEWER"],
    [viewer, "VIEWER"],
  ]);
  const section = await h.section(briefId);
  const first = await h.caller(editor).sections.save({
    sectionId: section.id,
    baseRevisionId: null,
    content: doc("Floods in the north."),
  });
  return { editor, reviewer, viewer, briefId, section, first };
}

export const fail = (p: Promise<unknown>) => p.then(() => "resolved", codeOf);
