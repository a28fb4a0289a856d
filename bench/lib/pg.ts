import { createRequire } from "node:module";
import { join } from "node:path";
import { repoRoot } from "./paths.ts";

/**
 * node-postgres, the very copy @dossier/db uses. The repo root doesn't depend on `pg` itself
 * (only on its types), so it is loaded from packages/db, where pnpm installed it.
 */
export const pg = createRequire(join(repoRoot, "packages", "db", "package.json"))(
  "pg",
) as typeof import("pg");
