import { existsSync } from "node:fs";
import { join } from "node:path";

export const repoRoot = join(import.meta.dirname, "..", "..");
export const webDir = join(repoRoot, "apps", "web");
/** The production server `npm start` runs: Next, with the API answered beside it (dossier-api.mjs). */
export const serverScript = join(webDir, "server.mjs");
/** Next's output folder (apps/web/next.config.ts honours NEXT_DIST_DIR). */
export const nextDistDir = join(webDir, process.env.NEXT_DIST_DIR ?? ".next");

/** True when a production build exists: Next's, and the API bundle `pnpm build` makes after it. */
export const hasProductionBuild = (): boolean =>
  existsSync(join(nextDistDir, "BUILD_ID")) && existsSync(join(nextDistDir, "dossier-api.mjs"));

export const MISSING_BUILD_MESSAGE = `No production build in apps/web/${process.env.NEXT_DIST_DIR ?? ".next"}: run \`pnpm build\` first (or \`pnpm bench --build\`).`;
