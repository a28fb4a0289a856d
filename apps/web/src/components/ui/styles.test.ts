import { describe, expect, it } from "vitest";
import { packagesReached } from "@/test-support/packages-reached.ts";
import { buttonStyles } from "./styles.ts";

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
