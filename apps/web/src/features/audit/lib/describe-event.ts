import { roleLabel } from "../../../lib/labels.ts";

/** What an audit row needs to be told in words (both `audit.list` and `audit.forBrief` items fit). */
export type DescribableEvent = {
  action: string;
  actorName: string;
  data: unknown;
  brief?: { country: string; title: string } | null;
  section?: { title: string } | null;
  briefId: string | null;
  sectionId: string | null;
};

/** "Elena Editor" + "saved Crises in Senegal": the actor apart, so a row can set the name off. */
export type EventSentence = { actor: string; text: string };

type Data = Record<string, unknown>;
type Context = {
  d: Data;
  /** " in Senegal" (nothing in the brief's own feed); with `withSection`, "Crises in Senegal". */
  where: (withSection?: boolean, preposition?: string) => string;
  /** The brief by name, or "the brief" in its own feed. */
  theBrief: string;
};

const str = (value: unknown): string | null => (typeof value === "string" && value ? value : null);
const num = (value: unknown): number | null => (typeof value === "number" ? value : null);
const role = (value: unknown) => roleLabel[str(value) ?? ""] ?? str(value) ?? "a role";
const quoted = (value: unknown) => `“${str(value) ?? "?"}”`;
const someone = (d: Data) => str(d.name) ?? str(d.email) ?? "someone";
const count = (n: number | null, one: string, many = `${one}s`) =>
  n === null ? "" : ` (${n} ${n === 1 ? one : many})`;

/**
 * Every action the log records, as the rest of a sentence whose subject is the actor. Missing
 * entries fall back to the action's name (see FALLBACK), and a unit test lists every action of
 * AUDIT_ACTIONS that lacks one, so a new mutation gets words here too.
 */
const PHRASES: Record<string, (c: Context) => string> = {
  "session.signIn": () => "signed in",
  "session.signOut": () => "signed out",
  "session.signOutEverywhere": ({ d }) => `signed out everywhere${count(num(d.sessionsEnded), "session")}`,
  "brief.create": ({ theBrief }) =>
    `created ${theBrief === "the brief" ? theBrief : `the brief ${theBrief}`}`,
  "brief.import": ({ d, theBrief }) =>
    `imported ${theBrief === "the brief" ? theBrief : `the brief ${theBrief}`}${typeof d.fileName === "string" ? ` from ${d.fileName}` : ""}`,
  "brief.update": ({ d, theBrief }) =>
    [
      str(d.title) ? `renamed ${theBrief} to ${quoted(d.title)}` : null,
      str(d.country)
        ? `${str(d.title) ? "and changed its" : `changed ${theBrief === "the brief" ? "the brief's" : `${theBrief}'s`}`} country from ${str(d.previousCountry) ?? "?"} to ${str(d.country)}`
        : null,
    ]
      .filter(Boolean)
      .join(" ") || `edited ${theBrief}`,
  "brief.archive": ({ theBrief }) => `archived ${theBrief}`,
  "brief.unarchive": ({ theBrief }) => `restored ${theBrief} from the archive`,
  "brief.delete": ({ d }) => `deleted the brief ${quoted(d.title)}`,
  "section.setOwner": ({ d, where }) =>
    str(d.ownerName) ? `made ${str(d.ownerName)} the owner of ${where(true)}` : `unassigned ${where(true)}`,
  "section.saveFacts": ({ where }) => `updated the country facts of ${where(true)}`,
  "member.set": ({ d, where, theBrief }) =>
    d.previousRole
      ? `changed ${someone(d)}'s access${where(false, "to")} from ${role(d.previousRole)} to ${role(d.role)}`
      : `shared ${theBrief} with ${someone(d)} as ${role(d.role)}`,
  "member.remove": ({ d, where }) =>
    `removed ${str(d.name) ?? str(d.email) ?? "a member"}${where(false, "from")}`,
  "section.save": ({ where }) => `saved ${where(true)}`,
  "revision.restore": ({ d, where }) => `restored revision ${num(d.restoredFrom) ?? "?"} of ${where(true)}`,
  "revision.resolveConflict": ({ where }) => `resolved an editing conflict in ${where(true)}`,
  "version.create": ({ d, where }) => `stamped the version ${quoted(d.name)}${where(false, "of")}`,
  "review.request": ({ where }) => `asked for a review of ${where(true)}`,
  "review.approve": ({ where }) => `approved ${where(true)}`,
  "review.sendBack": ({ where }) => `sent ${where(true)} back with a comment`,
  "review.markNotApplicable": ({ where }) => `marked ${where(true)} not applicable`,
  "review.reopen": ({ d, where }) =>
    d.from === "IN_REVIEW" ? `withdrew the review request of ${where(true)}` : `reopened ${where(true)}`,
  "brief.publish": ({ d, theBrief }) => `published ${theBrief} as ${quoted(d.name)}`,
  "freshness.set": ({ d }) =>
    `set the freshness of ${str(d.key) ?? "a template section"} to ${num(d.to) === null ? "never stale" : `${num(d.to)} days`}`,
  "thread.create": ({ where }) => `started a comment thread on ${where(true)}`,
  "thread.setStatus": ({ d, where }) =>
    `${d.to === "RESOLVED" ? "resolved" : "reopened"} a comment thread on ${where(true)}`,
  "comment.reply": ({ where }) => `replied to a comment thread on ${where(true)}`,
  "comment.update": ({ where }) => `edited a comment on ${where(true)}`,
  "comment.delete": ({ where }) => `deleted a comment on ${where(true)}`,
  "notifications.markRead": ({ d }) =>
    d.all
      ? "marked all notifications read"
      : `marked notifications read${count(num(d.marked), "notification")}`,
  "user.invite": ({ d }) =>
    `${d.renewed ? "renewed the invite for" : "invited"} ${str(d.email) ?? "someone"} as ${role(d.role)}`,
  "invite.resend": ({ d }) =>
    d.notify === false
      ? `made a new invite link for ${str(d.email) ?? "someone"}`
      : `resent the invite to ${str(d.email) ?? "someone"}`,
  "invite.revoke": ({ d }) => `revoked the invite for ${str(d.email) ?? "someone"}`,
  "invite.accept": ({ d }) => `accepted an invite and joined as ${role(d.role)}`,
  "user.create": ({ d }) => `created the account ${str(d.email) ?? ""} as ${role(d.role)}`.replace("  ", " "),
  "user.setRole": ({ d }) => `changed ${someone(d)}'s role from ${role(d.from)} to ${role(d.to)}`,
  "user.deactivate": ({ d }) => `deactivated ${someone(d)}`,
  "user.reactivate": ({ d }) => `reactivated ${someone(d)}`,
  "profile.update": ({ d }) => `changed their name from ${quoted(d.from)} to ${quoted(d.to)}`,
  "profile.changePassword": () => "changed their password",
};

/** Actions without words yet: "brief.rename" reads "did brief rename". */
const FALLBACK = (action: string) => `did ${action.replace(/[._]/g, " ")}`;

export const hasPhrase = (action: string) => action in PHRASES;

/**
 * An audit event as a sentence: "Elena Editor" "saved Crises in Senegal". `inBrief`: the brief's
 * own activity feed, where naming the brief on every row would be noise.
 */
export function describeEvent(event: DescribableEvent, { inBrief = false } = {}): EventSentence {
  const d: Data = event.data && typeof event.data === "object" ? (event.data as Data) : {};
  const brief = event.brief?.country ?? str(d.country) ?? (event.briefId ? "a deleted brief" : "");
  const section = event.section?.title ?? (event.sectionId ? "a deleted section" : "a section");
  const where = (withSection = false, preposition = "in") => {
    const tail = inBrief || !brief ? "" : ` ${preposition} ${brief}`;
    return withSection ? `${section}${tail}` : tail;
  };
  const phrase = PHRASES[event.action];
  const theBrief = inBrief || !brief ? "the brief" : brief;
  const text = phrase ? phrase({ d, where, theBrief }) : FALLBACK(event.action);
  return { actor: event.actorName, text };
}

/** The sentence as one string, for titles and tests. */
export const eventSentence = (event: DescribableEvent, options?: { inBrief?: boolean }) => {
  const { actor, text } = describeEvent(event, options);
  return `${actor} ${text}`;
};
