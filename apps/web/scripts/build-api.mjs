// Bundles src/server/node-api.ts (the tRPC endpoint as a plain Node handler) into the build folder
// as dossier-api.mjs, for server.mjs to answer /api/trpc without going through Next. Runs after
// `next build` (package.json "build"). Our workspace packages (TypeScript source) are bundled;
// every npm package stays external, imported by the absolute path it resolves to here, so the
// bundle loads the very files Next's server uses and needs no node_modules of its own.
import { join } from "node:path";
import { build } from "esbuild";

const webDir = join(import.meta.dirname, "..");
const outfile = join(webDir, process.env.NEXT_DIST_DIR ?? ".next", "dossier-api.mjs");

/** Bare imports of npm packages → external, by resolved path. Workspace and `@/` imports → bundled. */
const externalPackages = {
  name: "external-packages",
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData?.resolving || args.path.startsWith("@dossier/") || args.path.startsWith("@/"))
        return;
      if (args.path.startsWith("node:")) return { path: args.path, external: true };
      const resolved = await builder.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: { resolving: true },
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: resolved.path, external: !resolved.path.endsWith(".ts") };
    });
  },
};

const started = performance.now();
await build({
  entryPoints: [join(webDir, "src/server/node-api.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Node's own resolution conditions (import/require, node, default): not the bundlers' `module`.
  conditions: [],
  tsconfig: join(webDir, "tsconfig.json"),
  sourcemap: true,
  plugins: [externalPackages],
  logLevel: "warning",
});
console.log(`API bundle: ${outfile} in ${Math.round(performance.now() - started)} ms`);
