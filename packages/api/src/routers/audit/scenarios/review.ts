import type { Harness } from "../../../testing/harness.ts";
import { type Scenario, setups } from "./setups.ts";

/** Review and freshness: one successful call of each mutation. */
export function reviewScenarios(h: () => Harness): Record<string, Scenario> {
  const { editorWithSection, inReview } = setups(h);
  return {
    "review.request": {
      action: "review.request",
      run: async () => {
        const { editor, section } = await editorWithSection();
        return { actor: editor, call: () => h().caller(editor).review.request({ sectionId: section.id }) };
      },
    },
    "review.approve": {
      action: "review.approve",
      run: async () => {
        const { reviewer, section, first } = await inReview();
        return {
          actor: reviewer,
          call: () => h().caller(reviewer).review.approve({ sectionId: section.id, revisionId: first.id }),
        };
      },
    },
    "review.sendBack": {
      action: "review.sendBack",
      run: async () => {
        const { reviewer, section } = await inReview();
        return {
          actor: reviewer,
          call: () => h().caller(reviewer).review.sendBack({ sectionId: section.id, note: "Sources?" }),
        };
      },
    },
    "review.markNotApplicable": {
      action: "review.markNotApplicable",
      run: async () => {
        const { editor, section } = await editorWithSection();
        return {
          actor: editor,
          call: () =>
            h().caller(editor).review.markNotApplicable({ sectionId: section.id, reason: "Landlocked" }),
        };
      },
    },
    "review.reopen": {
      action: "review.reopen",
      run: async () => {
        const { editor, section } = await inReview();
        return { actor: editor, call: () => h().caller(editor).review.reopen({ sectionId: section.id }) };
      },
    },
    "review.publish": {
      action: "brief.publish",
      run: async () => {
        const { editor, briefId } = await editorWithSection();
        // Every leaf out of scope but one approved one is the quickest publishable brief.
        await h().db.section.updateMany({
          where: { briefId, isLeaf: true },
          data: { status: "NOT_APPLICABLE" },
        });
        return { actor: editor, call: () => h().caller(editor).review.publish({ briefId }) };
      },
    },
    "review.freshness.set": {
      action: "freshness.set",
      run: async () => {
        const admin = await h().user("ADMIN");
        const row = await h().db.templateSection.findFirstOrThrow({ where: { key: "preface" } });
        return {
          actor: admin,
          call: () =>
            h()
              .caller(admin)
              .review.freshness.set({ templateSectionId: row.id, staleAfterDays: row.staleAfterDays }),
        };
      },
    },
  };
}
