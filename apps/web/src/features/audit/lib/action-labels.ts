import { AUDIT_ACTIONS, type AuditAction } from "@dossier/schema";

/** The audit log's "Action" filter: each recorded action by name, grouped by what it is about. */
const LABELS: Record<string, string> = {
  "session.signIn": "Signed in",
  "session.signOut": "Signed out",
  "session.signOutEverywhere": "Signed out everywhere",
  "brief.create": "Created a brief",
  "brief.import": "Imported a brief",
  "brief.update": "Renamed a brief / changed its country",
  "brief.archive": "Archived a brief",
  "brief.unarchive": "Restored an archived brief",
  "brief.delete": "Deleted a brief",
  "member.set": "Shared a brief / changed access",
  "member.remove": "Removed someone from a brief",
  "version.create": "Stamped a version",
  "section.save": "Saved a section",
  "section.setOwner": "Assigned a section's owner",
  "section.saveFacts": "Updated country facts",
  "revision.restore": "Restored a revision",
  "revision.resolveConflict": "Resolved an editing conflict",
  "review.request": "Asked for a review",
  "review.approve": "Approved a section",
  "review.sendBack": "Sent a section back",
  "review.markNotApplicable": "Marked a section not applicable",
  "review.reopen": "Reopened a section / withdrew a review",
  "brief.publish": "Published a brief",
  "freshness.set": "Changed a freshness policy",
  "thread.create": "Started a comment thread",
  "thread.setStatus": "Resolved or reopened a thread",
  "comment.reply": "Replied to a thread",
  "comment.update": "Edited a comment",
  "comment.delete": "Deleted a comment",
  "notifications.markRead": "Marked notifications read",
  "user.invite": "Invited someone",
  "invite.resend": "Sent a new invite link",
  "invite.revoke": "Revoked an invite",
  "invite.accept": "Accepted an invite",
  "user.create": "Created an admin (command line)",
  "user.setRole": "Changed someone's role",
  "user.deactivate": "Deactivated someone",
  "user.reactivate": "Reactivated someone",
  "profile.update": "Changed their name",
  "profile.changePassword": "Changed their password",
};

const GROUPS: [string, RegExp][] = [
  ["Briefs", /^(brief|member|version)\./],
  ["Sections", /^(section|revision)\./],
  ["Comments", /^(thread|comment|notifications)\./],
  ["People", /^(user|invite|profile)\./],
  ["Sessions", /^session\./],
];

export const actionLabel = (action: string) => LABELS[action] ?? action;
export const hasActionLabel = (action: string) => action in LABELS;

/** Every action in its group, in the order the groups are listed; anything new goes under "Other". */
export function actionGroups(): { group: string; actions: { value: AuditAction; label: string }[] }[] {
  const groups = new Map<string, { value: AuditAction; label: string }[]>();
  for (const action of AUDIT_ACTIONS) {
    const group = GROUPS.find(([, pattern]) => pattern.test(action))?.[0] ?? "Other";
    groups.set(group, [...(groups.get(group) ?? []), { value: action, label: actionLabel(action) }]);
  }
  return [...GROUPS.map(([name]) => name), "Other"]
    .filter((name) => groups.has(name))
    .map((group) => ({ group, actions: groups.get(group) ?? [] }));
}
