import fc from "fast-check";
import { type Answer, type Client, client, signIn } from "./lib/client.ts";
import { checkLeak, counts } from "./lib/counts.ts";
import { INPUTS } from "./lib/inputs.ts";
import { invitePerson, PASSWORD, runTag } from "./lib/people.ts";
import { callProcedure, procedures } from "./lib/procedures.ts";
import type { World } from "./lib/world.ts";

/**
 * Part 4, the fuzzer: every procedure of the router, signed in as an admin (the widest access),
 * with inputs from fast-check — its well-formed input with one value swapped for something
 * wrong, keys dropped or added, and plain garbage (NUL, lone surrogates, huge numbers, deep
 * JSON, oversized strings). Any answer with status 500 counts (fuzz_500s), and no error body
 * may carry internals (leaks).
 */
const nested = (depth: number): unknown => {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

const nasty = fc.constantFrom<unknown>(
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e308,
  -1e308,
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\u202e\u2066",
  "x".repeat(300_000),
  "é".repeat(70_000),
  "<script>window.__xss=1</script>",
  "' OR 1=1; --",
  "../../../../etc/passwd",
  "cjld2cjxh0000qzrmn831i7rn",
  "0000000000000000000000000",
  "%00%ff",
  "2026-13-45",
  "NaN",
  [],
  {},
  { __proto__: { admin: true } },
  { constructor: { prototype: { polluted: 1 } } },
  nested(3_000),
  nested(60),
  Array.from({ length: 5_000 }, (_, i) => i),
);

const garbage: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nasty },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.bigInt().map((n) => n.toString()) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.nat(4_000).map(nested) },
);

/** Paths to every value inside an input (so one of them can be swapped). */
function leaves(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value && typeof value === "object") {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return [at, ...entries.flatMap(([key, v]) => leaves(v, [...at, key]))];
  }
  return [at];
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown, drop: boolean): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (drop) delete target[last];
  else target[last] = replacement;
  return copy;
}

/** Inputs for one procedure: its valid input bent in one place, or garbage outright. */
function inputsFor(valid: unknown): fc.Arbitrary<unknown> {
  const paths = leaves(valid);
  const bent = fc
    .tuple(fc.constantFrom(...paths), garbage, fc.boolean())
    .map(([path, value, drop]) => replaceAt(valid, path, value, drop && path.length > 0));
  const extra = fc
    .tuple(fc.string({ maxLength: 20 }), garbage)
    .map(([key, value]) =>
      valid && typeof valid === "object" ? { ...valid, [key]: value } : { [key]: value },
    );
  return fc.oneof(
    { weight: 5, arbitrary: bent },
    { weight: 1, arbitrary: extra },
    { weight: 3, arbitrary: garbage },
  );
}

/** Raw bodies the tRPC layer must refuse without a 500 either. */
const RAW_BODIES = [
  '{"json":',
  "null",
  '{"0":{"json":1}}',
  "[]",
  "\u0000",
  '{"json":{"a":1e999999}}',
  "x".repeat(6_000_000),
];

export async function fuzzPart(world: World, runsPerProcedure: number): Promise<string[]> {
  // An admin of its own: a fuzzed "sign out everywhere" must not end the sessions other parts use.
  const fuzzer = await invitePerson(world.admin, `fuzzer-${runTag}@reliability.test`, "ADMIN", "Fuzz Admin");
  const signInAdmin = async () => client(world.origin, await signIn(world.origin, fuzzer.email, PASSWORD));
  let api: Client = await signInAdmin();
  let calls = 0;
  let fiveHundreds = 0;
  const judge = (where: string, answer: Answer, input?: unknown) => {
    calls++;
    if (answer.status >= 500 && answer.status !== 503) {
      fiveHundreds++;
      if (fiveHundreds <= 15) {
        const shown = JSON.stringify(input)?.slice(0, 200);
        console.log(`  500 from ${where} with ${shown}: ${answer.text.slice(0, 200)}`);
      }
    }
    if (answer.status >= 400) checkLeak(where, answer.text);
  };
  for (const [index, { path, type }] of procedures().entries()) {
    // Earlier fuzzed calls may have used up a target (a spare deactivated): bend `{}` then.
    const valid = await Promise.resolve()
      .then(() => INPUTS[path]?.(world, "admin"))
      .catch(() => ({}));
    const samples = fc.sample(inputsFor(valid ?? {}), { numRuns: runsPerProcedure, seed: 8_000 + index });
    // Wrong current passwords count as failed sign-ins (profile.ts): five of them rightly lock the
    // account out for 15 minutes, so a throwaway admin takes those, not the one that fuzzes on.
    const caller =
      path === "users.profile.changePassword"
        ? client(
            world.origin,
            (await invitePerson(world.admin, `fuzz-password-${runTag}@reliability.test`, "ADMIN")).cookie,
          )
        : api;
    for (let i = 0; i < samples.length; i += 4) {
      await Promise.all(
        samples.slice(i, i + 4).map(async (input) => {
          // An input the client itself can't serialise (too deep for JSON.stringify) is skipped.
          try {
            JSON.stringify(input);
          } catch {
            return;
          }
          const answer = await callProcedure(caller, path, type, input).catch(
            (error: unknown): Answer => ({ status: 599, body: null, text: `network: ${String(error)}` }),
          );
          judge(path, answer, input);
        }),
      );
    }
    // A fuzzed call may have ended the session (sign out everywhere takes no input): sign in again.
    if ((await api.call("users.me", undefined, "query")).status !== 200) api = await signInAdmin();
  }
  for (const body of RAW_BODIES) {
    const res = await fetch(`${world.origin}/api/trpc/sections.save`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: world.origin, cookie: api.cookie },
      body,
    }).catch(() => null);
    if (res) judge("raw body", { status: res.status, body: null, text: await res.text() }, body.slice(0, 40));
  }
  counts.fuzz_500s += fiveHundreds;
  console.log(`fuzz: procedures=${procedures().length} calls=${calls} fuzz_500s=${fiveHundreds}`);
  return [];
}
