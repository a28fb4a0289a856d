"use client";

import { type ReactNode, useDeferredValue } from "react";

/**
 * Renders `children` in a second pass, after the rest of the tree has committed: React schedules
 * it as interruptible background work, so the browser paints what the person came for first. For
 * the panels beside a section (its history, comments, presence): opening a section shows the
 * editor a frame sooner instead of waiting for everything around it. `fallback` stands in until
 * then, and in the server's HTML.
 */
export function AfterFirstPaint({
  children,
  fallback = null,
}: {
  children: ReactNode;
  fallback?: ReactNode;
}) {
  const ready = useDeferredValue(true, false);
  return ready ? children : fallback;
}
