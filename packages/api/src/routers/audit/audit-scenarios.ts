import type { Harness } from "../../testing/harness.ts";
import { briefsScenarios } from "./scenarios/briefs.ts";
import { commentsScenarios } from "./scenarios/comments.ts";
import { peopleScenarios } from "./scenarios/people.ts";
import { reviewScenarios } from "./scenarios/review.ts";
import type { Scenario } from "./scenarios/setups.ts";

export type { Scenario } from "./scenarios/setups.ts";

/**
 * One way to call each mutation successfully, keyed by its router path (audit-coverage.int.test.ts),
 * gathered from one file per domain under scenarios/. `h` is read when a scenario runs: the test
 * file creates its harness in beforeAll.
 */
export function auditScenarios(h: () => Harness): Record<string, Scenario> {
  return { ...briefsScenarios(h), ...reviewScenarios(h), ...commentsScenarios(h), ...peopleScenarios(h) };
}
