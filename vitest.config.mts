import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Two projects: `unit` (pure logic, *.test.ts) and `int` (*.int.test.ts: procedures and services
// against a real PostgreSQL — DATABASE_URL, or the embedded one — in a fresh schema per run).
export default defineConfig({
  test: {
    projects: [
      {
        // The web app's own imports ("@/…"), for its component tests.
        resolve: {
          alias: [{ find: /^@\//, replacement: fileURLToPath(new URL("./apps/web/src/", import.meta.url)) }],
        },
        test: {
          name: "unit",
          include: [
            "packages/**/src/**/*.test.ts",
            "apps/web/src/**/*.test.ts",
            "apps/web/src/**/*.test.tsx",
            "scripts/**/*.test.ts",
          ],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
          environment: "node",
          // One module graph per worker thread instead of one per file: each file re-importing
          // Tiptap, ProseMirror and zod cost 40 of the suite's 60 s. No unit test leaves global
          // state behind (fake timers are undone in afterEach).
          pool: "threads",
          isolate: false,
          // Property tests run hundreds of cases (3-4 s alone); with every file in parallel on two
          // cores, the default 5 s made them fail for want of CPU, not for a wrong answer.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "int",
          // One database server for the whole run (the embedded one when DATABASE_URL is unset).
          globalSetup: ["packages/db/src/vitest-global-setup.ts"],
          include: ["packages/**/src/**/*.int.test.ts"],
          exclude: ["**/node_modules/**"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // One database per test file; files in parallel would contend on 2 cores.
          fileParallelism: false,
          // Files run one after another in one worker that keeps its imports (Prisma, the routers):
          // re-importing them per file was 100 of the suite's 160 s. Each file still gets its own
          // database schema, so no rows leak from one file to the next.
          pool: "threads",
          isolate: false,
        },
      },
    ],
  },
});
