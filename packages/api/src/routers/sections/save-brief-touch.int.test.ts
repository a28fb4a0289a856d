import { rawTable } from "@dossier/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, doc, type Harness } from "../../testing/harness.ts";

// Issue 11: every save used to UPDATE its brief's row (lastEditedAt), so all writers of a brief
// queued on one row lock. The brief is now touched at most once a minute.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const lastEditedAt = async (briefId: string) =>
  (await h.db.brief.findUniqueOrThrow({ where: { id: briefId }, select: { lastEditedAt: true } }))
    .lastEditedAt;

describe("a save and its brief", () => {
  it("moves the brief's lastEditedAt when it is older than a minute, not on every save", async () => {
    const editor = await h.user("EDITOR");
    const briefId = await h.brief(editor);
    const section = await h.section(briefId);
    const old = new Date(Date.now() - 5 * 60_000);
    await h.db.brief.update({ where: { id: briefId }, data: { lastEditedAt: old } });
    const api = h.caller(editor);
    const first = await api.sections.save({
      sectionId: section.id,
      baseRevisionId: null,
      content: doc("One"),
    });
    const touched = await lastEditedAt(briefId);
    expect(touched.getTime()).toBeGreaterThan(old.getTime() + 4 * 60_000);
    await api.sections.save({ sectionId: section.id, baseRevisionId: first.id, content: doc("One two") });
    expect((await lastEditedAt(briefId)).getTime()).toBe(touched.getTime());
  });

  it("does not wait on a lock held on the brief's row by another writer", async () => {
    const editor = await h.user("EDITOR");
    const briefId = await h.brief(editor);
    const section = await h.section(briefId);
    await h.db.brief.update({ where: { id: briefId }, data: { lastEditedAt: new Date() } });
    const api = h.caller(editor);
    const outcome = await h.db.$transaction(
      async (tx) => {
        // Another writer of the same brief, mid-transaction, holding the brief's row.
        await tx.$queryRaw`SELECT id FROM ${rawTable(tx, "Brief")} WHERE id = ${briefId} FOR UPDATE`;
        const save = api.sections
          .save({ sectionId: section.id, baseRevisionId: null, content: doc("Not queued") })
          .then(() => "saved");
        const late = new Promise((resolve) => setTimeout(() => resolve("waited on the brief's lock"), 4_000));
        return Promise.race([save, late]);
      },
      { timeout: 20_000 },
    );
    expect(outcome).toBe("saved");
  });
});
