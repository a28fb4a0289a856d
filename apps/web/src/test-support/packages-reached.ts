import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const src = resolve(import.meta.dirname, "..");

/**
 * What a module reaches through the app's own files (`@/…` and relative imports), by static
 * imports only (`import … from`, `import "…"`, `export … from`): an `import()` is code split off,
 * loaded when it runs. `entry` is relative to apps/web/src; `files` are too. For tests that keep
 * a library, or a part of ours, out of a page's first load.
 */
export function modulesReached(entry: string): { packages: Set<string>; files: Set<string> } {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const [, specifier] of text.matchAll(
      /^(?:import|export)(?!\s+type\b)(?:[^"';]*?\bfrom)?\s*["']([^"']+)["']/gm,
    )) {
      if (!specifier) continue;
      if (specifier.startsWith("@/")) visit(join(src, specifier.slice(2)));
      else if (specifier.startsWith(".")) visit(join(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(join(src, entry));
  return { packages, files: new Set([...seen].map((file) => relative(src, file))) };
}

/** The packages `entry` reaches (modulesReached). */
export const packagesReached = (entry: string): Set<string> => modulesReached(entry).packages;
