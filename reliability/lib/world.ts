import { type Client, client } from "./client.ts";
import { DEMO_PASSWORD, invitePerson, letters, type Person, runTag, signInPerson } from "./people.ts";

/**
 * A small world to call every procedure in: a brief with a team in every role, another brief,
 * a revision history, a named version, a comment thread, spare people and a pending invite. The
 * authorization matrix and the fuzzer both take their well-formed inputs from `INPUTS`.
 */
export const ROLES = [
  "anonymous",
  "viewer",
  "reviewer",
  "editor",
  "admin",
  "deactivated",
  "otherBrief",
  "removedMember",
] as const;
export type Role = (typeof ROLES)[number];

export type World = {
  origin: string;
  admin: Client;
  owner: Client;
  callers: Record<Role, Client>;
  people: Partial<Record<Role, Person>>;
  briefId: string;
  otherBriefId: string;
  sectionId: string;
  revisionIds: string[];
  versionId: string;
  threadId: string;
  commentId: string;
  spare: Person;
  pendingInviteId: string;
};

const doc = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

export async function buildWorld(origin: string): Promise<World> {
  const admin = (await signInPerson(origin, "admin@dossier.test", DEMO_PASSWORD)).api;
  const owner = (await signInPerson(origin, "editor@dossier.test", DEMO_PASSWORD)).api;
  const { id: briefId } = (await owner.mutation("briefs.create", {
    country: `Matrixia ${letters(runTag)}`,
  })) as { id: string };
  const { id: otherBriefId } = (await owner.mutation("briefs.create", {
    country: `Elsewhere ${letters(runTag)}`,
  })) as {
    id: string;
  };
  const make = (role: Role, org: "ADMIN" | "EDITOR" | "REVIEWER" | "VIEWER") =>
    invitePerson(admin, `${role.toLowerCase()}-${runTag}@reliability.test`, org, `Matrix ${role}`);
  const people: Partial<Record<Role, Person>> = {
    viewer: await make("viewer", "VIEWER"),
    reviewer: await make("reviewer", "REVIEWER"),
    editor: await make("editor", "EDITOR"),
    admin: await make("admin", "ADMIN"),
    deactivated: await make("deactivated", "EDITOR"),
    otherBrief: await make("otherBrief", "EDITOR"),
    removedMember: await make("removedMember", "EDITOR"),
  };
  const spare = await make("anonymous", "VIEWER"); // a target for role changes and membership
  const member = (role: Role, brief: string, as: "EDITOR" | "REVIEWER" | "VIEWER") =>
    owner.mutation("briefs.members.set", { briefId: brief, email: people[role]?.email, role: as });
  await member("viewer", briefId, "VIEWER");
  await member("reviewer", briefId, "REVIEWER");
  await member("editor", briefId, "EDITOR");
  await member("deactivated", briefId, "EDITOR");
  await member("removedMember", briefId, "EDITOR");
  await member("otherBrief", otherBriefId, "EDITOR");
  await owner.mutation("briefs.members.remove", { briefId, userId: people.removedMember?.id });
  await admin.mutation("users.deactivate", { userId: people.deactivated?.id });

  const section = (await owner.query("sections.get", { briefId, key: "preface" })) as { id: string };
  const first = (await owner.mutation("sections.save", {
    sectionId: section.id,
    baseRevisionId: null,
    content: doc("The first words of the preface."),
  })) as { id: string };
  const second = (await owner.mutation("sections.save", {
    sectionId: section.id,
    baseRevisionId: first.id,
    content: doc("The second words of the preface."),
  })) as { id: string };
  const { id: versionId } = (await owner.mutation("versions.create", { briefId, name: "Matrix v1" })) as {
    id: string;
  };
  const editor = people.editor?.api as Client;
  const thread = (await editor.mutation("comments.createThread", {
    sectionId: section.id,
    anchor: null,
    body: "A thread for the matrix",
  })) as { threadId: string };
  const reply = (await editor.mutation("comments.reply", { threadId: thread.threadId, body: "A reply" })) as {
    commentId: string;
  };
  const invite = (await admin.mutation("users.invites.create", {
    email: `pending-${runTag}@reliability.test`,
    role: "VIEWER",
  })) as { invite: { id: string } };

  const callers = Object.fromEntries(
    ROLES.map((role) => [role, role === "anonymous" ? client(origin) : (people[role] as Person).api]),
  ) as Record<Role, Client>;
  return {
    origin,
    admin,
    owner,
    callers,
    people,
    briefId,
    otherBriefId,
    sectionId: section.id,
    revisionIds: [first.id, second.id],
    versionId,
    threadId: thread.threadId,
    commentId: reply.commentId,
    spare,
    pendingInviteId: invite.invite.id,
  };
}
