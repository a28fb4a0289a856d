import { doc, type Harness } from "../../../testing/harness.ts";
import { type Scenario, setups } from "./setups.ts";

/** Briefs, sections, revisions and versions: one successful call of each mutation. */
export function briefsScenarios(h: () => Harness): Record<string, Scenario> {
  const { editorWithSection } = setups(h);
  return {
    "briefs.create": {
      action: "brief.create",
      run: async () => {
        const editor = await h().user("EDITOR");
        return { actor: editor, call: () => h().caller(editor).briefs.create({ country: "Auditland" }) };
      },
    },
    "briefs.import": {
      action: "brief.import",
      run: async () => {
        const editor = await h().user("EDITOR");
        const markdown = "# Auditland: Strategic U.S. Foreign Policy Analysis\n\n## Crises\n\nFloods.\n";
        const call = () =>
          h().caller(editor).briefs.import({ markdown, fileName: "auditland.md", country: "Auditland" });
        return { actor: editor, call };
      },
    },
    "briefs.update": {
      action: "brief.update",
      run: async () => {
        const editor = await h().user("EDITOR");
        const briefId = await h().brief(editor);
        return { actor: editor, call: () => h().caller(editor).briefs.update({ briefId, title: "Renamed" }) };
      },
    },
    "sections.setOwner": {
      action: "section.setOwner",
      run: async () => {
        const { editor, section } = await editorWithSection();
        return {
          actor: editor,
          call: () => h().caller(editor).sections.setOwner({ sectionId: section.id, ownerId: editor.id }),
        };
      },
    },
    "sections.saveFacts": {
      action: "section.saveFacts",
      run: async () => {
        const editor = await h().user("EDITOR");
        const briefId = await h().brief(editor);
        const section = await h().section(briefId, "country-profile");
        const facts = { capital: { value: "Audit City", source: "https://example.org", asOf: "2026-01-01" } };
        return {
          actor: editor,
          call: () =>
            h().caller(editor).sections.saveFacts({ sectionId: section.id, baseRevisionId: null, facts }),
        };
      },
    },
    "briefs.archive": {
      action: "brief.archive",
      run: async () => {
        const editor = await h().user("EDITOR");
        const briefId = await h().brief(editor);
        return { actor: editor, call: () => h().caller(editor).briefs.archive({ briefId, archived: true }) };
      },
    },
    "briefs.delete": {
      action: "brief.delete",
      run: async () => {
        const admin = await h().user("ADMIN");
        const briefId = await h().brief(admin, [], "Deletia");
        const confirmTitle = "Deletia: Strategic U.S. Foreign Policy Analysis";
        return { actor: admin, call: () => h().caller(admin).briefs.delete({ briefId, confirmTitle }) };
      },
    },
    "briefs.members.set": {
      action: "member.set",
      run: async () => {
        const { editor, briefId } = await editorWithSection();
        const other = await h().user("VIEWER");
        return {
          actor: editor,
          call: () => h().caller(editor).briefs.members.set({ briefId, email: other.email, role: "VIEWER" }),
        };
      },
    },
    "briefs.members.remove": {
      action: "member.remove",
      run: async () => {
        const { editor, briefId } = await editorWithSection();
        const other = await h().user("VIEWER");
        await h().caller(editor).briefs.members.set({ briefId, email: other.email, role: "VIEWER" });
        return {
          actor: editor,
          call: () => h().caller(editor).briefs.members.remove({ briefId, userId: other.id }),
        };
      },
    },
    "sections.save": {
      action: "section.save",
      run: async () => {
        const { editor, section, first } = await editorWithSection();
        return {
          actor: editor,
          call: () =>
            h()
              .caller(editor)
              .sections.save({ sectionId: section.id, baseRevisionId: first.id, content: doc("Two") }),
        };
      },
    },
    "revisions.restore": {
      action: "revision.restore",
      run: async () => {
        const { editor, section, first } = await editorWithSection();
        await h()
          .caller(editor)
          .sections.save({ sectionId: section.id, baseRevisionId: first.id, content: doc("Two") });
        return {
          actor: editor,
          call: () => h().caller(editor).revisions.restore({ sectionId: section.id, revisionId: first.id }),
        };
      },
    },
    "revisions.resolveConflict": {
      action: "revision.resolveConflict",
      run: async () => {
        const { editor, section, first } = await editorWithSection();
        const theirs = await h()
          .caller(editor)
          .sections.save({ sectionId: section.id, baseRevisionId: first.id, content: doc("Theirs") });
        return {
          actor: editor,
          call: () =>
            h()
              .caller(editor)
              .revisions.resolveConflict({
                choice: "theirs",
                sectionId: section.id,
                theirsRevisionId: theirs.id,
                mine: doc("Mine"),
              }),
        };
      },
    },
    "versions.create": {
      action: "version.create",
      run: async () => {
        const { editor, briefId } = await editorWithSection();
        return { actor: editor, call: () => h().caller(editor).versions.create({ briefId, name: "v1" }) };
      },
    },
  };
}
