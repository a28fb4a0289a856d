import { createTestDatabase } from "@dossier/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBrief } from "../briefs/create-brief.ts";
import { PRESENCE_TTL_MS } from "../presence/presence.ts";
import { ensureDefaultTemplate } from "../template/ensure-template.ts";
import { purgeExpiredRows } from "./purge-expired.ts";

// Issue 8, defect 11: expired presence and rate-limit rows were never deleted.

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDefaultTemplate(database.prisma);
});
afterAll(() => database.drop());

describe("purgeExpiredRows", () => {
  it("deletes stale presence and expired rate-limit rows, and keeps live ones", async () => {
    const db = database.prisma;
    const user = await db.user.create({
      data: { email: "p@test.dossier", name: "P", role: "EDITOR", passwordHash: "x" },
      select: { id: true, email: true, name: true, role: true },
    });
    const { briefId } = await createBrief(db, user, { country: "Purgeland" }).then((b) => ({
      briefId: b.id,
    }));
    const section = await db.section.findFirstOrThrow({ where: { briefId, isLeaf: true } });
    const now = new Date();
    const stale = new Date(now.getTime() - PRESENCE_TTL_MS - 1000);
    await db.presence.createMany({
      data: [
        { userId: user.id, sectionId: section.id, clientId: "old-tab-1", lastSeenAt: stale },
        { userId: user.id, sectionId: section.id, clientId: "live-tab-1", lastSeenAt: now },
      ],
    });
    await db.rateLimit.createMany({
      data: [
        { key: "signin-pair:gone", points: 3, expire: new Date(now.getTime() - 1000) },
        { key: "signin-pair:live", points: 3, expire: new Date(now.getTime() + 60_000) },
      ],
    });
    expect(await purgeExpiredRows(db, now)).toEqual({ presence: 1, rateLimits: 1 });
    expect((await db.presence.findMany()).map((p) => p.clientId)).toEqual(["live-tab-1"]);
    expect((await db.rateLimit.findMany()).map((r) => r.key)).toEqual(["signin-pair:live"]);
  });
});
