/**
 * `pnpm test:reliability`: the reliability suite against the BUILT app (build it first with
 * `pnpm turbo run build --filter=@dossier/web`), over real HTTP, on a fresh `reliability` schema
 * of DATABASE_URL (and an embedded database in .data/ for the embedded crash check).
 * `--short` is the quick run inside `npm test`; `--only=load,crash,…` runs some parts.
 * Ends with exactly one line of counts; exits 1 unless every count is 0 and every part ran clean.
 */
import { writeFileSync } from "node:fs";
import { counts } from "./lib/counts.ts";
import { closeMainApp, type PartContext, parts } from "./parts.ts";

const short = process.argv.includes("--short");
const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");

const summary = process.argv.find((a) => a.startsWith("--summary="))?.slice("--summary=".length);

const context: PartContext = { short, failures: [] };
const ran: { name: string; ok: boolean }[] = [];
for (const [name, part] of Object.entries(parts)) {
  if (only && !only.includes(name)) continue;
  const started = Date.now();
  const before = {
    failures: context.failures.length,
    counts: Object.values(counts).reduce((a, b) => a + b, 0),
  };
  console.log(`\n== ${name} ==`);
  try {
    await part(context);
  } catch (error) {
    context.failures.push(
      `${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    console.log(`  ${name} FAILED: ${error instanceof Error ? error.message : String(error)}`);
  }
  const after = Object.values(counts).reduce((a, b) => a + b, 0);
  ran.push({ name, ok: context.failures.length === before.failures && after === before.counts });
  console.log(`  (${name}: ${Math.round((Date.now() - started) / 1000)} s)`);
}
await closeMainApp(context).catch((error: unknown) => context.failures.push(String(error)));
for (const failure of context.failures)
  console.log(`failure: ${failure.split("\n").slice(0, 6).join("\n  ")}`);
// `npm test` adds the parts to its "N passed, N failed" line.
if (summary) {
  const passed = ran.filter((r) => r.ok).length;
  writeFileSync(summary, JSON.stringify({ passed, failed: ran.length - passed, counts, parts: ran }));
}
console.log(
  Object.entries(counts)
    .map(([name, n]) => `${name}=${n}`)
    .join(" "),
);
process.exit(context.failures.length > 0 || Object.values(counts).some((n) => n > 0) ? 1 : 0);
