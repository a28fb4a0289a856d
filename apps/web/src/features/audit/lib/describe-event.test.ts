import { AUDIT_ACTIONS } from "@dossier/schema";
import { describe, expect, it } from "vitest";
import { type DescribableEvent, eventSentence, hasPhrase } from "./describe-event.ts";

const senegal = { country: "Senegal", title: "Senegal: Strategic U.S. Foreign Policy Analysis" };
const event = (
  action: string,
  data: unknown = {},
  where: Partial<DescribableEvent> = {},
): DescribableEvent => ({
  action,
  actorName: "Elena Editor",
  data,
  briefId: "b1",
  sectionId: "s1",
  brief: senegal,
  section: { title: "Crises" },
  ...where,
});
const noPlace = { briefId: null, sectionId: null, brief: null, section: null };

describe("eventSentence", () => {
  it("tells section work with the section and the brief, or the section alone in the brief's feed", () => {
    expect(eventSentence(event("section.save", { number: 3 }))).toBe("Elena Editor saved Crises in Senegal");
    expect(eventSentence(event("section.save"), { inBrief: true })).toBe("Elena Editor saved Crises");
    expect(eventSentence(event("revision.restore", { restoredFrom: 2, number: 5 }))).toBe(
      "Elena Editor restored revision 2 of Crises in Senegal",
    );
    expect(eventSentence(event("thread.setStatus", { from: "OPEN", to: "RESOLVED" }))).toBe(
      "Elena Editor resolved a comment thread on Crises in Senegal",
    );
    expect(
      eventSentence(event("thread.setStatus", { from: "RESOLVED", to: "OPEN" }), { inBrief: true }),
    ).toBe("Elena Editor reopened a comment thread on Crises");
  });

  it("names people, roles and briefs from the event's own summary", () => {
    const member = { name: "Omar Analyst", email: "analyst@dossier.test" };
    expect(eventSentence(event("member.set", { ...member, role: "EDITOR", previousRole: null }))).toBe(
      "Elena Editor shared Senegal with Omar Analyst as Editor",
    );
    expect(
      eventSentence(event("member.set", { ...member, role: "VIEWER", previousRole: "EDITOR" }), {
        inBrief: true,
      }),
    ).toBe("Elena Editor changed Omar Analyst's access from Editor to Viewer");
    expect(eventSentence(event("member.remove", { previousRole: "VIEWER" }))).toBe(
      "Elena Editor removed a member from Senegal",
    );
    expect(
      eventSentence(event("user.setRole", { name: "Omar Analyst", from: "EDITOR", to: "REVIEWER" }, noPlace)),
    ).toBe("Elena Editor changed Omar Analyst's role from Editor to Reviewer");
    expect(
      eventSentence(event("user.invite", { email: "nia@x.org", role: "ADMIN", renewed: false }, noPlace)),
    ).toBe("Elena Editor invited nia@x.org as Admin");
    expect(eventSentence(event("invite.resend", { email: "nia@x.org", notify: false }, noPlace))).toBe(
      "Elena Editor made a new invite link for nia@x.org",
    );
    expect(eventSentence(event("version.create", { name: "v1 to the Deputy" }, { sectionId: null }))).toBe(
      "Elena Editor stamped the version “v1 to the Deputy” of Senegal",
    );
    expect(eventSentence(event("profile.update", { from: "Elena", to: "Elena Editor" }, noPlace))).toBe(
      "Elena Editor changed their name from “Elena” to “Elena Editor”",
    );
  });

  it("still reads when the brief or section is gone, or the data is odd", () => {
    const gone = { brief: null, section: null };
    expect(eventSentence(event("section.save", {}, gone))).toBe(
      "Elena Editor saved a deleted section in a deleted brief",
    );
    expect(eventSentence(event("brief.create", { country: "Keepsakia" }, gone))).toBe(
      "Elena Editor created the brief Keepsakia",
    );
    expect(eventSentence(event("brief.create"), { inBrief: true })).toBe("Elena Editor created the brief");
    expect(eventSentence(event("brief.import", { fileName: "mali-brief.md" }), { inBrief: true })).toBe(
      "Elena Editor imported the brief from mali-brief.md",
    );
    expect(eventSentence(event("user.deactivate", null, noPlace))).toBe("Elena Editor deactivated someone");
    expect(eventSentence(event("brief.rename", {}, noPlace))).toBe("Elena Editor did brief rename");
  });

  it("tells brief management: rename, country, archive, delete, owners, facts", () => {
    expect(eventSentence(event("brief.update", { title: "Senegal 2027", previousTitle: "x" }))).toBe(
      "Elena Editor renamed Senegal to “Senegal 2027”",
    );
    expect(
      eventSentence(event("brief.update", { country: "Senegal", previousCountry: "Senegall" }), {
        inBrief: true,
      }),
    ).toBe("Elena Editor changed the brief's country from Senegall to Senegal");
    expect(eventSentence(event("brief.archive"), { inBrief: true })).toBe("Elena Editor archived the brief");
    expect(eventSentence(event("brief.unarchive"))).toBe("Elena Editor restored Senegal from the archive");
    expect(
      eventSentence(
        event("brief.delete", { title: "Mali brief", country: "Mali" }, { brief: null, section: null }),
      ),
    ).toBe("Elena Editor deleted the brief “Mali brief”");
    expect(eventSentence(event("section.setOwner", { ownerName: "Omar Analyst" }))).toBe(
      "Elena Editor made Omar Analyst the owner of Crises in Senegal",
    );
    expect(eventSentence(event("section.setOwner", { ownerName: null }), { inBrief: true })).toBe(
      "Elena Editor unassigned Crises",
    );
    expect(eventSentence(event("section.saveFacts"), { inBrief: true })).toBe(
      "Elena Editor updated the country facts of Crises",
    );
  });

  it("has words for every action the server records", () => {
    expect(AUDIT_ACTIONS.filter((action) => !hasPhrase(action))).toEqual([]);
  });
});
