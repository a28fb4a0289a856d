/**
 * Importing the Mali fixture (fixtures/mali-brief.md, 41 sections,
 * ~2,300 words) through `briefs.import` via createCaller: parsing, matching, validation and the
 * one transaction that creates the brief and appends revision 1 of every section. Median of 20
 * imports after 3 warm-up ones, each a new brief; `preview_ms` is `briefs.importPreview` alone.
 * Goal: ms < 500.
 * `queries` counts the Prisma operations of one import (a figure the machine's load can't blur).
 * Prints {"bench":"import","ms":…,"p95_ms":…,"preview_ms":…,"queries":…,"sections":41,"words":…}.
 * Run: npx tsx bench/import.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createCaller } from "@dossier/api";
import { type Actor, ensureDefaultTemplate, importBrief } from "@dossier/core";
import type { Db } from "@dossier/db";
import { createBenchDatabase } from "./lib/database.ts";
import { runBench } from "./lib/lifecycle.ts";
import { emit, note } from "./lib/log.ts";
import { repoRoot } from "./lib/paths.ts";
import { createUsers } from "./lib/seed.ts";
import { median, percentile, round, timeRuns } from "./lib/stats.ts";

const RUNS = 20;
const WARMUP = 3;
const FIXTURE = join(repoRoot, "fixtures", "mali-brief.md");

runBench(
  "import",
  async () => {
    const { db } = await createBenchDatabase("import");
    await ensureDefaultTemplate(db);
    const [importer] = (await createUsers(db, "importer", 1, "EDITOR")) as [Actor];
    const markdown = readFileSync(FIXTURE, "utf8");
    const api = createCaller({ db, user: importer });
    const input = { markdown, fileName: "mali-brief.md", country: "Mali" };

    const preview = await api.briefs.importPreview(input);
    if (preview.filledCount !== 41 || preview.unmatched.length > 0)
      throw new Error(`the fixture no longer imports cleanly: ${preview.filledCount} sections filled`);
    const words = preview.sections.reduce((n, s) => n + s.words, 0);

    const previewTimes = await timeRuns(RUNS, WARMUP, () => api.briefs.importPreview(input));
    const importTimes = await timeRuns(RUNS, WARMUP, () => api.briefs.import(input));
    let queries = 0;
    const counting = db.$extends({
      query: {
        async $allOperations({ args, query }) {
          queries++;
          return query(args);
        },
      },
    }) as unknown as Db;
    await importBrief(counting, importer, input);
    const revisions = (await db.revision.count()) - 41;
    if (revisions !== 41 * (RUNS + WARMUP))
      throw new Error(`expected ${41 * (RUNS + WARMUP)} revisions, found ${revisions}`);
    note(`${RUNS + WARMUP} imports, ${revisions} revisions written`);
    emit({
      bench: "import",
      ms: round(median(importTimes)),
      p95_ms: round(percentile(importTimes, 95)),
      preview_ms: round(median(previewTimes)),
      queries,
      sections: preview.filledCount,
      words,
      runs: RUNS,
    });
  },
  { limitSeconds: 120 },
);
