import type { Client } from "./client.ts";
import { letters, PASSWORD, runTag } from "./people.ts";
import type { Role, World } from "./world.ts";

/**
 * A well-formed input for every procedure, for each caller role: the authorization matrix sends
 * them as they are, the fuzzer mutates them. A new procedure needs a line here (and a row in
 * reliability/authz-expected.json).
 */

const doc = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

let unique = 0;
const next = () => `${runTag}-${++unique}`;

async function currentRevision(w: World): Promise<string | null> {
  const section = (await w.owner.query("sections.get", { briefId: w.briefId, key: "preface" })) as {
    current: { id: string } | null;
  };
  return section.current?.id ?? null;
}

async function freshInvite(w: World) {
  return (await w.admin.mutation("users.invites.create", {
    email: `invitee-${next()}@reliability.test`,
    role: "VIEWER",
  })) as { invite: { id: string }; link: string };
}

type Outline = {
  title: string;
  sections: { id: string; key: string; isLeaf: boolean; status: string }[];
};
const outline = async (w: World, briefId = w.briefId) =>
  (await w.owner.query("briefs.get", { briefId })) as Outline;

async function sectionByKey(w: World, key: string) {
  const found = (await outline(w)).sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key} in the world brief`);
  return found;
}

async function currentOf(w: World, sectionId: string): Promise<string | null> {
  const review = (await w.owner.query("review.section", { sectionId })) as {
    currentRevisionId: string | null;
  };
  return review.currentRevisionId;
}

/** The owner writes a new revision of a section (an approved one returns to draft). */
async function ownerWrites(w: World, sectionId: string) {
  return (await w.owner.mutation("sections.save", {
    sectionId,
    baseRevisionId: await currentOf(w, sectionId),
    content: doc(`Written for review ${next()}`),
  })) as { id: string };
}

/**
 * A section of the world brief waiting for review of the owner's latest revision (so any other
 * reviewer may approve or send it back). Each review procedure has a section of its own.
 */
async function inReview(w: World, key: string) {
  const { id } = await sectionByKey(w, key);
  const revision = await ownerWrites(w, id);
  await w.owner.mutation("review.request", { sectionId: id });
  return { sectionId: id, revisionId: revision.id };
}

/** A section with some text, in draft or in review (so a review may be requested of it). */
async function requestable(w: World, key: string) {
  const section = await sectionByKey(w, key);
  if (section.status !== "DRAFT" && section.status !== "IN_REVIEW") {
    if (section.status === "NOT_APPLICABLE")
      await w.owner.mutation("review.reopen", { sectionId: section.id });
    else await ownerWrites(w, section.id);
  }
  if (!(await currentOf(w, section.id))) await ownerWrites(w, section.id);
  return section.id;
}

/** A section marked not applicable (`na`) or not. */
async function withScope(w: World, key: string, na: boolean) {
  const section = await sectionByKey(w, key);
  if ((section.status === "NOT_APPLICABLE") !== na) {
    if (na)
      await w.owner.mutation("review.markNotApplicable", { sectionId: section.id, reason: "Matrix scope" });
    else await w.owner.mutation("review.reopen", { sectionId: section.id });
  }
  return section.id;
}

/** A brief of the owner's with the caller as a member in their role (editor, reviewer, viewer). */
async function throwawayBrief(w: World, role: Role) {
  const { id } = (await w.owner.mutation("briefs.create", { country: `Throwaway ${letters(next())}` })) as {
    id: string;
  };
  const person = w.people[role];
  const as = ({ viewer: "VIEWER", reviewer: "REVIEWER", editor: "EDITOR" } as const)[role as "viewer"];
  if (person && as)
    await w.owner.mutation("briefs.members.set", { briefId: id, email: person.email, role: as });
  return { id, title: (await outline(w, id)).title };
}

/** A brief shared like the world brief whose every leaf is marked not applicable: publishable. */
const publishable = new WeakMap<World, Promise<string>>();
function publishableBrief(w: World): Promise<string> {
  let brief = publishable.get(w);
  if (!brief) {
    brief = (async () => {
      const { id } = (await w.owner.mutation("briefs.create", {
        country: `Publishable ${letters(next())}`,
      })) as { id: string };
      for (const [role, as] of [
        ["viewer", "VIEWER"],
        ["reviewer", "REVIEWER"],
        ["editor", "EDITOR"],
      ] as const)
        await w.owner.mutation("briefs.members.set", { briefId: id, email: w.people[role]?.email, role: as });
      for (const section of (await outline(w, id)).sections.filter((s) => s.isLeaf))
        await w.owner.mutation("review.markNotApplicable", { sectionId: section.id, reason: "Matrix" });
      return id;
    })();
    publishable.set(w, brief);
  }
  return brief;
}

/**
 * A well-formed input for every procedure, made fresh for each call where the call uses its
 * target up (a comment deleted, an invite accepted, a member removed). A procedure missing here
 * fails the suite (see authz.ts).
 */
export const INPUTS: Record<string, (w: World, role: Role) => Promise<unknown> | unknown> = {
  "health.get": () => undefined,
  "users.me": () => undefined,
  "users.list": () => ({}),
  "users.setRole": (w) => ({ userId: w.spare.id, role: "VIEWER" }),
  "users.deactivate": (w) => ({ userId: w.spare.id }),
  "users.reactivate": (w) => ({ userId: w.spare.id }),
  "users.invites.list": () => undefined,
  "users.invites.create": () => ({ email: `invited-${next()}@reliability.test`, role: "VIEWER" }),
  "users.invites.resend": (w) => ({ inviteId: w.pendingInviteId, notify: false }),
  "users.invites.revoke": async (w) => ({ inviteId: (await freshInvite(w)).invite.id }),
  "users.invites.get": async (w) => ({
    token: new URL((await freshInvite(w)).link).pathname.split("/").pop(),
  }),
  "users.invites.accept": async (w) => ({
    token: new URL((await freshInvite(w)).link).pathname.split("/").pop(),
    name: "Accepting Person",
    password: PASSWORD,
  }),
  "users.profile.update": (_w, role) => ({ name: `Matrix ${role} renamed` }),
  "users.profile.changePassword": () => ({ currentPassword: PASSWORD, newPassword: `${PASSWORD}-changed` }),
  "users.profile.signOutEverywhere": () => undefined,
  "briefs.list": () => ({}),
  "briefs.get": (w) => ({ briefId: w.briefId }),
  "briefs.members.list": (w) => ({ briefId: w.briefId }),
  "briefs.members.set": (w) => ({ briefId: w.briefId, email: w.spare.email, role: "VIEWER" }),
  "briefs.members.remove": async (w) => {
    await w.owner.mutation("briefs.members.set", {
      briefId: w.briefId,
      email: w.spare.email,
      role: "VIEWER",
    });
    return { briefId: w.briefId, userId: w.spare.id };
  },
  "briefs.create": () => ({ country: `Created ${letters(next())}` }),
  "briefs.importPreview": () => ({ markdown: "# Preface\n\nImported words.\n", fileName: "brief.md" }),
  "briefs.import": () => ({
    markdown: "# Preface\n\nImported words.\n",
    fileName: "brief.md",
    country: `Imported ${letters(next())}`,
  }),
  "sections.get": (w) => ({ briefId: w.briefId, key: "preface" }),
  "sections.save": async (w) => ({
    sectionId: w.sectionId,
    baseRevisionId: await currentRevision(w),
    content: doc(`Saved by the matrix ${next()}`),
  }),
  "revisions.list": (w) => ({ sectionId: w.sectionId }),
  "revisions.get": (w) => ({ revisionId: w.revisionIds[0] }),
  "revisions.compare": (w) => ({
    sectionId: w.sectionId,
    fromRevisionId: null,
    toRevisionId: w.revisionIds[1],
  }),
  "revisions.restore": (w) => ({ sectionId: w.sectionId, revisionId: w.revisionIds[0] }),
  "revisions.resolveConflict": async (w) => ({
    choice: "mine",
    sectionId: w.sectionId,
    theirsRevisionId: await currentRevision(w),
    mine: doc(`Resolved by the matrix ${next()}`),
  }),
  "versions.list": (w) => ({ briefId: w.briefId }),
  "versions.get": (w) => ({ versionId: w.versionId }),
  "versions.create": (w) => ({ briefId: w.briefId, name: `Version ${next()}` }),
  "versions.compare": (w) => ({ briefId: w.briefId, fromVersionId: w.versionId, toVersionId: null }),
  "comments.listForSection": (w) => ({ sectionId: w.sectionId }),
  "comments.listForBrief": (w) => ({ briefId: w.briefId }),
  "comments.createThread": (w) => ({ sectionId: w.sectionId, anchor: null, body: `Thread ${next()}` }),
  "comments.reply": (w) => ({ threadId: w.threadId, body: `Reply ${next()}` }),
  "comments.update": (w) => ({ commentId: w.commentId, body: `Edited ${next()}` }),
  "comments.delete": async (w) => {
    const editor = w.people.editor?.api as Client;
    const reply = (await editor.mutation("comments.reply", {
      threadId: w.threadId,
      body: `Doomed ${next()}`,
    })) as { commentId: string };
    return { commentId: reply.commentId };
  },
  "comments.setStatus": (w) => ({ threadId: w.threadId, status: "OPEN" }),
  "notifications.list": () => undefined,
  "notifications.markRead": () => ({}),
  "presence.list": (w) => ({ briefId: w.briefId }),
  "presence.heartbeat": (w) => ({ sectionId: w.sectionId, clientId: "matrix-client-1", editing: false }),
  "presence.leave": (w) => ({ sectionId: w.sectionId, clientId: "matrix-client-1" }),
  "search.list": () => ({ query: "preface" }),
  "search.listJumpTargets": () => ({ query: "pre" }),
  "live.section": (w) => ({ sectionId: w.sectionId }),
  "live.brief": (w) => ({ briefId: w.briefId }),
  "live.notifications": () => undefined,
  "audit.list": () => ({}),
  "audit.forBrief": (w) => ({ briefId: w.briefId }),
  "briefs.archive": async (w, role) => ({ briefId: (await throwawayBrief(w, role)).id, archived: true }),
  "briefs.delete": async (w, role) => {
    const brief = await throwawayBrief(w, role);
    return { briefId: brief.id, confirmTitle: brief.title };
  },
  "briefs.update": async (w, role) => ({
    briefId: (await throwawayBrief(w, role)).id,
    title: `Renamed ${next()}`,
  }),
  "briefs.forCountry": () => ({ country: "Matrixia" }),
  "sections.saveFacts": async (w) => {
    const { id } = await sectionByKey(w, "country-profile");
    return {
      sectionId: id,
      baseRevisionId: await currentOf(w, id),
      facts: { population: { value: 1_000_000, source: "https://example.org/census", asOf: "2025-01-01" } },
    };
  },
  "sections.setOwner": (w) => ({ sectionId: w.sectionId, ownerId: null }),
  "review.section": (w) => ({ sectionId: w.sectionId }),
  "review.events": (w) => ({ sectionId: w.sectionId }),
  "review.brief": (w) => ({ briefId: w.briefId }),
  "review.request": async (w) => ({ sectionId: await requestable(w, "summary-help-us-goals") }),
  "review.approve": (w) => inReview(w, "crises"),
  "review.sendBack": async (w) => ({
    sectionId: (await inReview(w, "summary-needs-from-us")).sectionId,
    note: `Sent back ${next()}`,
  }),
  "review.markNotApplicable": async (w) => ({
    sectionId: await withScope(w, "public-health", false),
    reason: `Out of scope ${next()}`,
  }),
  "review.reopen": async (w) => ({ sectionId: await withScope(w, "economic-strategies", true) }),
  "review.markRead": async (w) => ({ sectionId: w.sectionId, revisionId: await currentRevision(w) }),
  "review.publish": async (w) => ({ briefId: await publishableBrief(w) }),
  "review.freshness.list": () => undefined,
  "review.freshness.set": async (w) => {
    const [first] = (await w.admin.query("review.freshness.list", undefined)) as {
      id: string;
      staleAfterDays: number | null;
    }[];
    return { templateSectionId: first?.id, staleAfterDays: first?.staleAfterDays ?? 365 };
  },
  "work.mine": () => undefined,
};
