/**
 * Opening a brief: `briefs.get` (the outline) + `sections.get` for one section, via createCaller,
 * on a brief of 50 leaf sections with 1,000 revisions each (50,000 revisions) and on the same
 * brief shape with 1 revision per section. `revisions_loaded` counts the Revision rows the open
 * reads (query hook, nested relations included): it should be 1, the opened section's current
 * revision, whatever the history length. Medians of 50 interleaved opens after warm-up.
 * Prints {"bench":"brief_open","ms":…,"revisions_loaded":…,"ms_short":…,…}.
 * Run: npx tsx bench/brief-open.ts
 */
import { createCaller } from "@dossier/api";
import type { Actor } from "@dossier/core";
import { type Db, parseDatabaseUrl } from "@dossier/db";
import { seedHistory } from "./lib/bulk-history.ts";
import { benchDocument, sectionWords } from "./lib/content.ts";
import { createBenchDatabase } from "./lib/database.ts";
import { runBench } from "./lib/lifecycle.ts";
import { emit, note } from "./lib/log.ts";
import { countRevisionRows } from "./lib/revision-rows.ts";
import { createBenchBrief, createUsers } from "./lib/seed.ts";
import { median, round, timeInterleaved } from "./lib/stats.ts";

const LEAVES = 50;
const LONG_HISTORY = 1_000;
const RUNS = 50;
const WARMUP = 10;

/**
 * A default-template brief (54 sections, 41 leaves) topped up with leaf "annex" sections to
 * LEAVES leaves, each given `perSection` revisions. Returns its id and the key of its first leaf.
 */
async function seedBrief(
  db: Db,
  url: string,
  schema: string,
  author: Actor,
  country: string,
  perSection: number,
) {
  const { briefId, leaves } = await createBenchBrief(db, author, country);
  const count = await db.section.count({ where: { briefId } });
  await db.section.createMany({
    data: Array.from({ length: LEAVES - leaves.length }, (_, i) => ({
      briefId,
      key: `annex-${i + 1}`,
      title: `Annex ${i + 1}`,
      position: count + i,
      isLeaf: true,
    })),
  });
  const all = await db.section.findMany({ where: { briefId, isLeaf: true }, select: { id: true } });
  const { connectionString } = parseDatabaseUrl(url);
  const doc = benchDocument(sectionWords(11));
  await seedHistory(connectionString, schema, {
    sectionIds: all.map((s) => s.id),
    perSection,
    authorId: author.id,
    doc,
  });
  return { briefId, key: leaves[0]!.key, sections: count + LEAVES - leaves.length };
}

runBench(
  "brief_open",
  async () => {
    const { db, url, schema } = await createBenchDatabase("brief_open");
    const [author] = (await createUsers(db, "reader", 1, "EDITOR")) as [Actor];
    const started = performance.now();
    const long = await seedBrief(db, url, schema, author, "Longhistoria", LONG_HISTORY);
    const short = await seedBrief(db, url, schema, author, "Shorthistoria", 1);
    const revisions = await db.revision.count();
    note(`seeded ${revisions} revisions in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const counter = countRevisionRows(db);
    const api = createCaller({ db: counter.db, user: author });
    const open = (brief: { briefId: string; key: string }) => async () => {
      const outline = await api.briefs.get({ briefId: brief.briefId });
      const section = await api.sections.get({ briefId: brief.briefId, key: brief.key });
      if (outline.sections.length === 0 || !section.current) throw new Error("the brief did not open");
    };
    const rowsOf = async (brief: { briefId: string; key: string }) => {
      counter.reset();
      await open(brief)();
      return counter.rows();
    };
    // The counter must see what a query returns: a history page reads limit + 1 rows.
    const { id: longSectionId } = await api.sections.get(long);
    counter.reset();
    const { items } = await api.revisions.list({ sectionId: longSectionId, limit: 20 });
    if (counter.rows() !== items.length + 1)
      throw new Error(`the row counter saw ${counter.rows()} rows, not 21`);
    const loaded = await rowsOf(long);
    const loadedShort = await rowsOf(short);
    const [longTimes, shortTimes] = await timeInterleaved(RUNS, WARMUP, [open(long), open(short)]);
    emit({
      bench: "brief_open",
      ms: round(median(longTimes ?? []), 2),
      revisions_loaded: loaded,
      ms_short: round(median(shortTimes ?? []), 2),
      revisions_loaded_short: loadedShort,
      sections: long.sections,
      leaf_sections: LEAVES,
      revisions_per_section: LONG_HISTORY,
      revisions_total: LEAVES * LONG_HISTORY,
    });
  },
  { limitSeconds: 180 },
);
