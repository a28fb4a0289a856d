import { z } from "zod";

/**
 * Building blocks for every piece of text a person can send. PostgreSQL refuses two things a
 * JavaScript string can hold: the NUL character (in `text` and in `jsonb`) and unpaired UTF-16
 * surrogates (`jsonb` rejects their escapes; `text` would silently get U+FFFD). Either used to reach
 * the database and come back as a 500; here they become a clear BAD_REQUEST before any work is done.
 */

// An unpaired surrogate: a high one not followed by a low one, or a low one not preceded by a high.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const NUL_MESSAGE = "contains a NUL character (\\u0000), which can't be stored";
export const SURROGATE_MESSAGE = "contains a broken character (half of an emoji or symbol)";

/** What makes `value` unstorable ("contains a NUL character…"), or null when it is fine. */
export function textProblem(value: string): string | null {
  if (value.includes("\u0000")) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(value)) return SURROGATE_MESSAGE;
  return null;
}

export const isStorableText = (value: string) => textProblem(value) === null;

/**
 * A string PostgreSQL can store. `label` names the field in the message ("Comment contains a NUL
 * character…"). Chain the usual checks after it: `safeText("Name").trim().min(1).max(80)`.
 */
export function safeText(label = "Text") {
  return z.string().superRefine((value, ctx) => {
    const problem = textProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `${label} ${problem}` });
  });
}

/** PostgreSQL's `integer`: every count, number and offset we store or compare is one. */
export const INT4_MAX = 2_147_483_647;

/** A whole number that fits an `integer` column, from `min` (default 0). */
export const boundedInt = (min = 0, max = INT4_MAX) =>
  z
    .number()
    .int("Must be a whole number")
    .min(min, `Must be at least ${min}`)
    .max(max, `Must be at most ${max.toLocaleString("en-US")}`);
