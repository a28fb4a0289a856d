import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../root.ts";
import { createHarness, type Harness } from "../../testing/harness.ts";
import { auditScenarios, type Scenario } from "./audit-scenarios.ts";

/**
 * Every mutation writes exactly one audit event. The list of mutations comes from the router
 * itself, so a new mutation fails this test until it records its event and gets a scenario here
 * (or is exempted below, with the reason).
 */
const EXEMPT: Record<string, string> = {
  // Presence says who is looking at a section right now: no change of record, rows expire in
  // 45 s, and auditing it would write one event per open tab every 15 s.
  "presence.heartbeat": "not a change of record",
  "presence.leave": "not a change of record",
  // Reads a Markdown file and answers what an import would do; a mutation only because the file
  // is too big for a GET URL. Nothing is written.
  "briefs.importPreview": "writes nothing",
  // Remembers the revision a reader last opened (for "changes since I last read"): a reader's
  // own bookmark, written on every section visit, not a change of record.
  "review.markRead": "not a change of record",
};

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());
const scenarios: Record<string, Scenario> = auditScenarios(() => h);

// `_def.procedures` is flat at run time (dotted paths → procedures), whatever its static type says.
const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
const mutations = Object.entries(procedures)
  .filter(([, procedure]) => procedure._def.type === "mutation")
  .map(([path]) => path)
  .sort();

describe("audit coverage", () => {
  it("has a scenario or a stated exemption for every mutation of the router", () => {
    expect(mutations.length).toBeGreaterThan(20);
    const covered = [...Object.keys(scenarios), ...Object.keys(EXEMPT)].sort();
    expect(covered).toEqual(mutations);
  });

  it.each(Object.keys(scenarios))("%s writes exactly one audit event, in its transaction", async (path) => {
    const scenario = scenarios[path]!;
    const { actor, call } = await scenario.run();
    const before = await h.db.auditEvent.findFirst({ orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    const since = before?.createdAt ?? new Date(0);
    await call();
    const events = await h.db.auditEvent.findMany({
      where: { OR: [{ createdAt: { gt: since } }, { createdAt: since, id: { not: before?.id } }] },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: scenario.action, ip: h.meta.ip });
    if (actor) expect(events[0]).toMatchObject({ actorId: actor.id, actorName: actor.name });
  });

  it("writes nothing for an exempt or a refused call", async () => {
    const editor = await h.user("EDITOR");
    const section = await h.section(await h.brief(editor));
    const viewer = await h.user("VIEWER");
    const count = await h.db.auditEvent.count();
    await h
      .caller(editor)
      .presence.heartbeat({ sectionId: section.id, clientId: "tab-00001", editing: true });
    await h.caller(editor).presence.leave({ sectionId: section.id, clientId: "tab-00001" });
    await h
      .caller(viewer)
      .briefs.create({ country: "Refused" })
      .catch(() => {});
    expect(await h.db.auditEvent.count()).toBe(count);
  });
});
