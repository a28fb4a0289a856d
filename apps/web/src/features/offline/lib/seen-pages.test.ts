import { describe, expect, it } from "vitest";
import { inAppTarget, isCached, markSeen, ROUTER_CACHE_SECONDS } from "./seen-pages.ts";

const origin = "http://127.0.0.1:3000";
const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };
const anchor = (href: string, target = "", attrs: string[] = []) => ({
  href,
  target,
  hasAttribute: (name: string) => attrs.includes(name),
});

describe("seen pages", () => {
  it("promises a page offline only while the router still holds it", () => {
    markSeen("/briefs/b1/crises", 1_000);
    expect(isCached("/briefs/b1/crises", 1_000 + 60_000)).toBe(true);
    expect(isCached("/briefs/b1/crises", 1_000 + ROUTER_CACHE_SECONDS * 1000)).toBe(false);
    expect(isCached("/briefs/b1/preface", 2_000)).toBe(false);
    expect(isCached("/briefs/b1/crises?thread=t1", 2_000)).toBe(false);
  });

  it("reads plain in-app links only", () => {
    expect(inAppTarget(anchor(`${origin}/briefs/b1/crises`), origin, click)).toBe("/briefs/b1/crises");
    expect(inAppTarget(anchor(`${origin}/search?q=mali`), origin, click)).toBe("/search?q=mali");
    expect(inAppTarget(anchor("https://example.org/"), origin, click)).toBeNull();
    expect(inAppTarget(anchor(`${origin}/api/briefs/b1/export/pdf`), origin, click)).toBeNull();
    expect(inAppTarget(anchor(`${origin}/x`, "_blank"), origin, click)).toBeNull();
    expect(inAppTarget(anchor(`${origin}/x`, "", ["download"]), origin, click)).toBeNull();
    expect(inAppTarget(anchor(`${origin}/x`), origin, { ...click, ctrlKey: true })).toBeNull();
  });
});
