import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DiffTarget, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * Prisma's schema engine, compiled to WebAssembly (`@prisma/schema-engine-wasm`), used instead of
 * the native binary that `prisma migrate` wants and cannot download here. Its schema → schema diff
 * writes exactly the SQL `prisma migrate dev` would.
 *
 * The package's own entry (`schema_engine.js`) does `import * as wasm from "./x.wasm"`, which only
 * bundlers understand, so the module is instantiated by hand and handed to the JS glue.
 */
function loadBindings(): typeof bindings {
  // The .wasm file is not in the package's "exports"; it sits beside the glue.
  const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(module, {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  // Not in the published .d.ts, but exported by the glue: it gives the glue its wasm instance.
  const glue = bindings as unknown as { __wbg_set_wasm(exports: WebAssembly.Exports): void };
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

/**
 * Starts an engine. It connects to `connectionString` at start-up even though a schema-to-schema
 * diff never touches the database, so any reachable Postgres (PGlite too) will do.
 */
export async function startSchemaEngine(connectionString: string): Promise<SchemaEngine> {
  const { SchemaEngine } = loadBindings();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString, max: 1 }));
  return SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
}

/** The SQL that takes a database from the `from` Prisma schema to the `to` one. */
export async function diffSchemas(engine: SchemaEngine, from: string, to: string): Promise<string> {
  const target = (content: string): DiffTarget => ({
    tag: "schemaDatamodel",
    files: [{ path: "schema.prisma", content }],
  });
  const result = await engine.diff({
    from: target(from),
    to: target(to),
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout ?? "";
}
