import expected from "./authz-expected.json" with { type: "json" };
import { checkLeak, counts } from "./lib/counts.ts";
import { INPUTS } from "./lib/inputs.ts";
import { callProcedure, procedures, verdict } from "./lib/procedures.ts";
import { ROLES, type Role, type World } from "./lib/world.ts";

/**
 * Part 5, the authorization matrix: every procedure of the router × every kind of caller, over
 * HTTP, compared with authz-expected.json. An unexpected allow or deny counts; so does a
 * procedure without a row or an input (a new procedure must be added to the table).
 */
const table = expected as unknown as Record<string, string[]>;

/** Run last for each caller: they end the caller's sessions or change their password. */
const LAST = ["users.profile.changePassword", "users.profile.signOutEverywhere"];

export async function authzPart(world: World): Promise<string[]> {
  const failures: string[] = [];
  const all = procedures();
  const ordered = [
    ...all.filter((p) => !LAST.includes(p.path)),
    ...LAST.map((path) => all.find((p) => p.path === path)),
  ].filter((p) => p !== undefined);
  let cells = 0;
  let unexpected = 0;
  for (const { path, type } of ordered) {
    const allowed = table[path];
    if (!allowed || !INPUTS[path]) {
      unexpected++;
      failures.push(`authz: ${path} has no row in authz-expected.json or no input in lib/world.ts`);
      continue;
    }
    for (const role of ROLES) {
      cells++;
      let input: unknown;
      try {
        input = await INPUTS[path]?.(world, role);
      } catch (error) {
        unexpected++;
        failures.push(`authz: no input for ${path} as ${role}: ${String(error).slice(0, 200)}`);
        continue;
      }
      const answer = await callProcedure(world.callers[role as Role], path, type, input);
      const got = verdict(answer);
      const want = allowed.includes(role) ? "allow" : "deny";
      if (answer.status >= 400) checkLeak(`${path} as ${role}`, answer.text);
      if (got !== want) {
        unexpected++;
        console.log(
          `  UNEXPECTED ${got.toUpperCase()}: ${path} as ${role} → ${answer.status} ${answer.text.slice(0, 160)}`,
        );
      }
    }
  }
  for (const path of Object.keys(table)) {
    if (!path.startsWith("$") && !all.some((p) => p.path === path)) console.log(`  (stale row: ${path})`);
  }
  counts.authz_unexpected += unexpected;
  console.log(
    `authz: procedures=${all.length} roles=${ROLES.length} cells=${cells} authz_unexpected=${unexpected}`,
  );
  return failures;
}
