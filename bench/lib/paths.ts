import { existsSync } from "node:fs";
import { join } from "node:path";

export const repoRoot = join(import.meta.dirname, "..", "..");
export const webDir = join(repoRoot, "apps", "web");
export const nextBin = join(webDir, "node_modules", "next", "dist", "bin", "next");
/** Next's output folder (apps/web/next.config.ts honours NEXT_DIST_DIR). */
export const nextDistDir = join(webDir, process.env.NEXT_DIST_DIR ?? ".next");

/** True when a production build exists for `next start`. */
export const hasProductionBuild = (): boolean => existsSync(join(nextDistDir, "BUILD_ID"));

export const MISSING_BUILD_MESSAGE = `No production build in apps/web/${process.env.NEXT_DIST_DIR ?? ".next"}: run \`pnpm build\` first (or \`pnpm bench --build\`).`;
