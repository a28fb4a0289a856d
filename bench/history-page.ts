/**
 * The first page (20 rows) of a section's history with 10 revisions vs with 10,000, through
 * `revisions.list` via createCaller (procedure → service → Prisma → PostgreSQL, no HTTP), median
 * of 50 calls after warm-up, interleaved; plus a deep page of the long history (cursor near its start).
 * Keyset pagination should make all three cost the same.
 * Prints {"bench":"history_page","ms_10":…,"ms_10000":…,"ratio":…,"ms_10000_deep":…}.
 * Run: npx tsx bench/history-page.ts
 */
import { createCaller } from "@dossier/api";
import type { Actor } from "@dossier/core";
import { parseDatabaseUrl } from "@dossier/db";
import { seedHistory } from "./lib/bulk-history.ts";
import { benchDocument, sectionWords } from "./lib/content.ts";
import { createBenchDatabase } from "./lib/database.ts";
import { runBench } from "./lib/lifecycle.ts";
import { emit, note } from "./lib/log.ts";
import { createBenchBrief, createUsers } from "./lib/seed.ts";
import { median, round, timeInterleaved } from "./lib/stats.ts";

const RUNS = 50;
const WARMUP = 20;
const PAGE = 20;

runBench(
  "history_page",
  async () => {
    const { db, url, schema } = await createBenchDatabase("history");
    const [author] = (await createUsers(db, "historian", 1, "EDITOR")) as [Actor];
    const { leaves } = await createBenchBrief(db, author, "Historia");
    const short = leaves[0]!;
    const long = leaves[1]!;
    const doc = benchDocument(sectionWords(7));
    const { connectionString } = parseDatabaseUrl(url);
    const started = performance.now();
    await seedHistory(connectionString, schema, {
      sectionIds: [short.id],
      perSection: 10,
      authorId: author.id,
      doc,
    });
    await seedHistory(connectionString, schema, {
      sectionIds: [long.id],
      perSection: 10_000,
      authorId: author.id,
      doc,
    });
    note(`seeded 10 + 10,000 revisions in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const api = createCaller({ db, user: author });
    const page = (sectionId: string, rows: number, cursor?: number) => async () => {
      const result = await api.revisions.list({ sectionId, cursor, limit: PAGE });
      if (result.items.length !== rows) throw new Error(`a page of ${result.items.length} rows, not ${rows}`);
    };
    // The deep page: cursor 30 returns revisions 29…10, the oldest pages of the long history.
    const deepCursor = 30;
    const first = await api.revisions.list({ sectionId: long.id, limit: PAGE });
    const deep = await api.revisions.list({ sectionId: long.id, cursor: deepCursor, limit: PAGE });
    if (first.items[0]?.number !== 10_000 || deep.items[0]?.number !== deepCursor - 1)
      throw new Error("history pages are not the expected revisions");

    const [times10 = [], times10000 = [], times10000Deep = []] = await timeInterleaved(RUNS, WARMUP, [
      page(short.id, 10),
      page(long.id, PAGE),
      page(long.id, PAGE, deepCursor),
    ]);
    const ms10 = median(times10);
    const ms10000 = median(times10000);
    const ms10000Deep = median(times10000Deep);
    emit({
      bench: "history_page",
      ms_10: round(ms10, 2),
      ms_10000: round(ms10000, 2),
      ratio: round(ms10000 / ms10, 2),
      ms_10000_deep: round(ms10000Deep, 2),
      page: PAGE,
      runs: RUNS,
    });
  },
  { limitSeconds: 120 },
);
