import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buttonStyles } from "./styles.ts";

const src = resolve(import.meta.dirname, "../..");

/** Every package a module reaches through the app's own files (`@/…` and relative imports). */
function packagesReached(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const [, specifier] of text.matchAll(/^(?:import|export)(?!\s+type\b)[^"']*["']([^"']+)["']/gm)) {
      if (!specifier) continue;
      if (specifier.startsWith("@/")) visit(join(src, specifier.slice(2)));
      else if (specifier.startsWith(".")) visit(join(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(join(src, entry));
  return packages;
}

// The sign-in page's budget (bench/page-weight.ts, ≤ 150 KB gzip) has no room for the class
// merging library, and the root error boundary comes with every page, the sign-in page too.
describe("what a first visit downloads", () => {
  it("the sign-in form and the root error boundary don't reach tailwind-merge", () => {
    expect(packagesReached("features/auth/components/sign-in-form.tsx")).not.toContain("tailwind-merge");
    expect(packagesReached("app/error.tsx")).not.toContain("tailwind-merge");
  });

  it("the root error boundary doesn't bring a second copy of next/link", () => {
    expect(packagesReached("app/error.tsx")).not.toContain("next/link");
  });

  it("the walk does see tailwind-merge where it is", () => {
    expect(packagesReached("components/ui/button.tsx")).toContain("tailwind-merge");
  });
});

describe("buttonStyles", () => {
  it("joins the base, the variant and the size, with no clashing utilities", () => {
    const classes = buttonStyles("secondary", "lg").split(" ");
    expect(classes).toContain("inline-flex");
    expect(classes).toContain("border-neutral-200");
    expect(classes).toContain("h-10");
    expect(classes.filter((c) => c.startsWith("h-"))).toEqual(["h-10"]);
  });
});
