import type { Actor } from "@dossier/core";
import type { AuditAction } from "@dossier/schema";
import { doc, type Harness } from "../../testing/harness.ts";

/** The action the event must name; `run` sets the stage and returns who calls, and the call. */
export type Scenario = {
  action: AuditAction;
  run: () => Promise<{ actor: Actor | null; call: () => Promise<unknown> }>;
};

const PASSWORD = "a long enough password";

/**
 * One way to call each mutation successfully, keyed by its router path (audit-coverage.int.test.ts).
 * `h` is read when a scenario runs: the test file creates its harness in beforeAll.
 */
export function auditScenarios(h: () => Harness): Record<string, Scenario> {
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
    "comments.createThread": {
      action: "thread.create",
      run: async () => {
        const { editor, section } = await editorWithSection();
        return {
          actor: editor,
          call: () =>
            h().caller(editor).comments.createThread({ sectionId: section.id, anchor: null, body: "Hm" }),
        };
      },
    },
    "comments.reply": {
      action: "comment.reply",
      run: async () => {
        const { editor, thread } = await withThread();
        return {
          actor: editor,
          call: () => h().caller(editor).comments.reply({ threadId: thread.threadId, body: "Yes" }),
        };
      },
    },
    "comments.update": {
      action: "comment.update",
      run: async () => {
        const { editor, thread } = await withThread();
        return {
          actor: editor,
          call: () => h().caller(editor).comments.update({ commentId: thread.commentId, body: "Edited" }),
        };
      },
    },
    "comments.delete": {
      action: "comment.delete",
      run: async () => {
        const { editor, thread } = await withThread();
        return {
          actor: editor,
          call: () => h().caller(editor).comments.delete({ commentId: thread.commentId }),
        };
      },
    },
    "comments.setStatus": {
      action: "thread.setStatus",
      run: async () => {
        const { editor, thread } = await withThread();
        return {
          actor: editor,
          call: () =>
            h().caller(editor).comments.setStatus({ threadId: thread.threadId, status: "RESOLVED" }),
        };
      },
    },
    "notifications.markRead": {
      action: "notifications.markRead",
      run: async () => {
        const viewer = await h().user("VIEWER");
        return { actor: viewer, call: () => h().caller(viewer).notifications.markRead({}) };
      },
    },
    "users.setRole": {
      action: "user.setRole",
      run: async () => {
        const admin = await h().user("ADMIN");
        const target = await h().user("VIEWER");
        return {
          actor: admin,
          call: () => h().caller(admin).users.setRole({ userId: target.id, role: "EDITOR" }),
        };
      },
    },
    "users.deactivate": {
      action: "user.deactivate",
      run: async () => {
        const admin = await h().user("ADMIN");
        const target = await h().user("VIEWER");
        return { actor: admin, call: () => h().caller(admin).users.deactivate({ userId: target.id }) };
      },
    },
    "users.reactivate": {
      action: "user.reactivate",
      run: async () => {
        const admin = await h().user("ADMIN");
        const target = await h().user("VIEWER");
        await h().caller(admin).users.deactivate({ userId: target.id });
        return { actor: admin, call: () => h().caller(admin).users.reactivate({ userId: target.id }) };
      },
    },
    "users.invites.create": {
      action: "user.invite",
      run: async () => {
        const admin = await h().user("ADMIN");
        return {
          actor: admin,
          call: () =>
            h()
              .caller(admin)
              .users.invites.create({ email: `new-${Date.now()}@test.dossier`, role: "VIEWER" }),
        };
      },
    },
    "users.invites.resend": {
      action: "invite.resend",
      run: async () => {
        const admin = await h().user("ADMIN");
        const { invite } = await h()
          .caller(admin)
          .users.invites.create({ email: `re-${Date.now()}@test.dossier`, role: "VIEWER" });
        return { actor: admin, call: () => h().caller(admin).users.invites.resend({ inviteId: invite.id }) };
      },
    },
    "users.invites.revoke": {
      action: "invite.revoke",
      run: async () => {
        const admin = await h().user("ADMIN");
        const { invite } = await h()
          .caller(admin)
          .users.invites.create({ email: `rv-${Date.now()}@test.dossier`, role: "VIEWER" });
        return { actor: admin, call: () => h().caller(admin).users.invites.revoke({ inviteId: invite.id }) };
      },
    },
    "users.invites.accept": {
      action: "invite.accept",
      run: async () => {
        const admin = await h().user("ADMIN");
        const { link } = await h()
          .caller(admin)
          .users.invites.create({ email: `ac-${Date.now()}@test.dossier`, role: "VIEWER" });
        const token = link.split("/invite/")[1] ?? "";
        return {
          actor: null,
          call: () =>
            h().caller(null).users.invites.accept({ token, name: "New Person", password: PASSWORD }),
        };
      },
    },
    "users.profile.update": {
      action: "profile.update",
      run: async () => {
        const me = await h().user("VIEWER");
        return { actor: me, call: () => h().caller(me).users.profile.update({ name: "Renamed" }) };
      },
    },
    "users.profile.changePassword": {
      action: "profile.changePassword",
      run: async () => {
        const me = await h().signedIn(await h().user("VIEWER", undefined, PASSWORD));
        return {
          actor: me,
          call: () =>
            h().caller(me).users.profile.changePassword({
              currentPassword: PASSWORD,
              newPassword: "another long password",
            }),
        };
      },
    },
    "users.profile.signOutEverywhere": {
      action: "session.signOutEverywhere",
      run: async () => {
        const me = await h().signedIn(await h().user("VIEWER"));
        return { actor: me, call: () => h().caller(me).users.profile.signOutEverywhere() };
      },
    },
  };
}
