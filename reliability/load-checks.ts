import { counts } from "./lib/counts.ts";
import type { Query } from "./lib/sql.ts";
import type { LoadFixture, LoadResult, SaveRecord } from "./load.ts";

/**
 * The database checks. `lost` counts acknowledged saves that are missing, duplicated or not
 * what was acknowledged, revisions that changed another writer's paragraph, and final texts
 * that lost a writer's last save; `halfWritten` counts broken chains and revisions without
 * their contributors, audit event or section pointer.
 */
export async function checkLoad(q: Query, fixture: LoadFixture, { records, created }: LoadResult) {
  let lost = 0;
  let halfWritten = 0;
  const problem = (kind: "lost" | "half", what: string) => {
    if (kind === "lost") lost++;
    else halfWritten++;
    if (lost + halfWritten <= 20) console.log(`  ${kind === "lost" ? "LOST" : "HALF-WRITTEN"}: ${what}`);
  };
  const saved = records.filter((r) => r.outcome === "saved");

  // Every acknowledged save: its own revision, in its section, with its number and its words.
  const ids = new Set<string>();
  for (const r of saved) {
    if (ids.has(r.revisionId ?? "")) problem("lost", `revision ${r.revisionId} acknowledged twice`);
    ids.add(r.revisionId ?? "");
  }
  const rows = await q(
    `SELECT id, "sectionId", number, text, "baseRevisionId", kind::text AS kind, "authorId" FROM @."Revision" WHERE "sectionId" = ANY($1) ORDER BY "sectionId", number`,
    [fixture.sections.map((s) => s.id)],
  );
  const byId = new Map(rows.map((row) => [row.id as string, row]));
  for (const r of saved) {
    const row = byId.get(r.revisionId ?? "");
    if (!row) problem("lost", `acknowledged save ${r.marker} (${r.revisionId}) is not in history`);
    else if (row.sectionId !== r.sectionId || row.number !== r.number || !String(row.text).includes(r.marker))
      problem("lost", `revision ${r.revisionId} is not the save ${r.marker} that was acknowledged`);
  }

  // Every refused save (CONFLICT, or a 503 not in doubt) changed nothing: its words are nowhere.
  for (const r of records.filter((r) => r.outcome === "refused")) {
    const found = rows.find((row) => String(row.text).includes(r.marker));
    if (found) problem("lost", `save ${r.marker} was refused (${r.code}) but is revision ${found.id}`);
  }

  // Each section's history: numbers 1..n, each revision based on the one before, the section
  // pointing at the last; every revision with its author credited and its audit event.
  const writerIndex = new Map(fixture.writers.map((p, i) => [p.id, i]));
  for (const section of fixture.sections) {
    const chain = rows.filter((row) => row.sectionId === section.id);
    const [head] = await q(
      `SELECT "currentRevisionId", "revisionCount", text FROM @."Section" WHERE id = $1`,
      [section.id],
    );
    chain.forEach((row, i) => {
      if (row.number !== i + 1)
        problem("half", `${section.key}: revision #${row.number} at position ${i + 1}`);
      const before = chain[i - 1];
      if ((row.baseRevisionId ?? null) !== (before?.id ?? null))
        problem("half", `${section.key}: #${row.number} is not based on #${before?.number ?? "none"}`);
      if (before) {
        // Only the author's paragraph (and the shared one) may differ from the base.
        const author = writerIndex.get(row.authorId as string);
        const mine = new Set([`slot ${author}:`, "shared:"]);
        const was = String(before.text).split("\n").filter(Boolean);
        const now = String(row.text).split("\n").filter(Boolean);
        for (const [j, line] of now.entries()) {
          if (line === was[j]) continue;
          if (![...mine].some((prefix) => line.startsWith(prefix)))
            problem(
              "lost",
              `${section.key} #${row.number} by writer ${author} rewrote "${was[j]}" → "${line}"`,
            );
        }
        if (now.length !== was.length)
          problem("lost", `${section.key} #${row.number} changed the paragraph count`);
      }
    });
    const last = chain.at(-1);
    if (!head || head.currentRevisionId !== (last?.id ?? null) || head.revisionCount !== chain.length)
      problem("half", `${section.key}: the section does not point at its last revision`);
    else if (last && head.text !== last.text)
      problem("half", `${section.key}: the section's text is not its revision's`);

    // The final text keeps every writer's last acknowledged words (or a later one whose answer was lost).
    const finalText = String(last?.text ?? "");
    for (const w of new Set(records.filter((r) => r.sectionId === section.id).map((r) => r.writer))) {
      const mine = records.filter((r) => r.writer === w && r.sectionId === section.id);
      const lastSaved = mine.findLastIndex((r) => r.outcome === "saved");
      if (lastSaved < 0) continue;
      const candidates = mine
        .slice(lastSaved)
        .filter((r) => r.outcome !== "refused")
        .map((r) => r.marker);
      const slot = finalText.split("\n").find((line) => line.startsWith(`slot ${w}:`)) ?? "";
      if (!candidates.some((m) => slot.includes(m)))
        problem(
          "lost",
          `${section.key}: writer ${w}'s last save ${mine[lastSaved]?.marker} is gone ("${slot}")`,
        );
    }
  }
  const [orphans] = await q(
    `SELECT count(*)::int AS n FROM @."Revision" r WHERE r."sectionId" = ANY($1) AND (
       NOT EXISTS (SELECT 1 FROM @."RevisionContributor" c WHERE c."revisionId" = r.id AND c."userId" = r."authorId")
       OR NOT EXISTS (SELECT 1 FROM @."AuditEvent" a WHERE a."targetId" = r.id AND a.action = 'section.save'))`,
    [fixture.sections.map((s) => s.id)],
  );
  const acknowledgedBriefs = created.filter((c) => c.outcome === "saved").map((c) => c.briefId);
  const found = await q(`SELECT id FROM @."Brief" WHERE id = ANY($1)`, [acknowledgedBriefs]);
  if (found.length !== acknowledgedBriefs.length)
    problem("lost", `${acknowledgedBriefs.length - found.length} acknowledged new brief(s) missing`);
  lost += Math.max(0, acknowledgedBriefs.length - found.length - 1);
  const missing = Number(orphans?.n ?? 0);
  if (missing > 0) problem("half", `${missing} revision(s) without their contributor or audit event`);
  halfWritten += Math.max(0, missing - 1);
  return { lost, halfWritten, revisions: rows.length };
}

/** Adds a load's checks to the totals and prints its line. */
export function reportLoad(
  label: string,
  result: LoadResult,
  check: { lost: number; halfWritten: number; revisions: number },
) {
  const by = (outcome: SaveRecord["outcome"]) => result.records.filter((r) => r.outcome === outcome).length;
  const merges = result.records.filter((r) => r.merged).length;
  const conflicts = result.records.filter((r) => r.code === "CONFLICT").length;
  const unavailable = result.records.filter((r) => r.code === "SERVICE_UNAVAILABLE").length;
  const doubtful = result.records.filter((r) => r.code === "SERVICE_UNAVAILABLE" && r.outcome === "unknown");
  counts.lost_saves += check.lost;
  counts.half_written += check.halfWritten;
  console.log(
    `${label}: saves=${result.records.length} briefs_created=${result.created.filter((c) => c.outcome === "saved").length} acknowledged=${by("saved")} merged=${merges} conflicts=${conflicts} unavailable=${unavailable} in_doubt=${doubtful.length} unknown=${by("unknown")} unexpected=${result.unexpected} revisions=${check.revisions} lost_saves=${check.lost} half_written=${check.halfWritten}`,
  );
}
