import type { Actor } from "@dossier/core";
import type { AuditAction } from "@dossier/schema";
import { doc, type Harness } from "../../../testing/harness.ts";

/** The action the event must name; `run` sets the stage and returns who calls, and the call. */
export type Scenario = {
  action: AuditAction;
  run: () => Promise<{ actor: Actor | null; call: () => Promise<unknown> }>;
};

export const PASSWORD = "a long enough password";

/** The stages several scenarios start from. `h` is read when a scenario runs. */
export function setups(h: () => Harness) {
  /** An editor with a brief, a leaf section of it, and a saved first revision. */
  async function editorWithSection() {
    const editor = await h().user("EDITOR");
    const briefId = await h().brief(editor);
    const section = await h().section(briefId);
    const first = await h()
      .caller(editor)
      .sections.save({ sectionId: section.id, baseRevisionId: null, content: doc("One") });
    return { editor, briefId, section, first };
  }

  /** A section in review, with a reviewer member who didn't write it. */
  async function inReview() {
    const ctx = await editorWithSection();
    const reviewer = await h().user("REVIEWER");
    await h().db.briefMember.create({
      data: { briefId: ctx.briefId, userId: reviewer.id, role: "REVIEWER" },
    });
    await h().caller(ctx.editor).review.request({ sectionId: ctx.section.id });
    return { ...ctx, reviewer };
  }

  async function withThread() {
    const ctx = await editorWithSection();
    const thread = await h()
      .caller(ctx.editor)
      .comments.createThread({ sectionId: ctx.section.id, anchor: null, body: "A thought" });
    return { ...ctx, thread };
  }

  return { editorWithSection, inReview, withThread };
}
