import { warmUpSignIn } from "@dossier/core";
import { db } from "./db.ts";

/**
 * Readies what the first sign-in after a start would otherwise wait for (warmUpSignIn), in the
 * background: the server takes requests meanwhile. Without a database URL (`next build`) nothing.
 */
export function startWarmUp(): void {
  if (process.env.DATABASE_URL) void warmUpSignIn(db);
}
