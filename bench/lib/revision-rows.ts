import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "@dossier/db";
import { repoRoot } from "./paths.ts";

/** model → relation field → related model, read from prisma/schema.prisma. */
function relationsFromSchema(): Map<string, Map<string, string>> {
  const schema = readFileSync(join(repoRoot, "prisma", "schema.prisma"), "utf8");
  const blocks = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)];
  const models = new Set(blocks.map((block) => block[1]));
  const relations = new Map<string, Map<string, string>>();
  for (const [, model, body] of blocks) {
    const fields = new Map<string, string>();
    for (const [, field, type] of (body ?? "").matchAll(/^\s+(\w+)\s+(\w+)(?:\[\])?\??/gm)) {
      if (field && type && models.has(type)) fields.set(field, type);
    }
    relations.set(model ?? "", fields);
  }
  return relations;
}

/** Operations that return rows (counts and aggregates don't). */
const ROW_OPERATIONS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "create",
  "createManyAndReturn",
  "update",
  "updateManyAndReturn",
  "upsert",
  "delete",
]);

export type RevisionRowCounter = { db: Db; rows(): number; reset(): void };

/**
 * A client that counts the Revision rows every query hands back — top-level results of the
 * revision model and Revision records nested in other models' results (section.currentRevision…)
 * alike. Wraps `db` with a Prisma query extension; the counting walks each result along the
 * schema's relations, so it needs no knowledge of the queries themselves.
 */
export function countRevisionRows(db: Db): RevisionRowCounter {
  const relations = relationsFromSchema();
  const count = (model: string, value: unknown): number => {
    if (Array.isArray(value))
      return value.reduce((sum: number, item: unknown) => sum + count(model, item), 0);
    if (typeof value !== "object" || value === null || value instanceof Date) return 0;
    let rows = model === "Revision" ? 1 : 0;
    const fields = relations.get(model);
    for (const [key, nested] of Object.entries(value)) {
      const related = fields?.get(key);
      if (related) rows += count(related, nested);
    }
    return rows;
  };
  let rows = 0;
  const extended = db.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const result = await query(args);
          if (ROW_OPERATIONS.has(operation)) rows += count(model, result);
          return result;
        },
      },
    },
  });
  return {
    // At run time the extended client is the same client with the hook (minus `$on`, which no
    // service uses); its static type is Prisma's extension type, which TypeScript can't relate
    // to the configured client's type through their generics.
    db: extended as unknown as Db,
    rows: () => rows,
    reset: () => {
      rows = 0;
    },
  };
}
