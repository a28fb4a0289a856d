"use client";

import { usePendingNavigation } from "@/hooks/use-pending-navigation.ts";

/**
 * A thin bar along the top of the window while the next page loads. It shows only after 150 ms
 * (`animate-navigation-progress` starts transparent), so the usual navigation, which is on screen
 * sooner, doesn't flash it.
 */
export function NavigationProgress() {
  const pending = usePendingNavigation();
  if (!pending) return null;
  return (
    <div
      role="progressbar"
      aria-label="Loading page"
      className="pointer-events-none fixed inset-x-0 top-0 z-50 h-0.5 animate-navigation-progress overflow-hidden"
    >
      <div className="h-full w-1/3 animate-navigation-progress-slide bg-accent motion-reduce:w-full motion-reduce:animate-none" />
    </div>
  );
}
