"use client";

import { DocumentSkeleton } from "@/features/editor/index.ts";
import { lazyComponent } from "@/lib/lazy-component.tsx";

/**
 * The conflict screen only appears after a refused save, never on a first paint (nor on the
 * server), so its code — the differences, the merge editor — loads when a conflict opens it.
 */
export const LazyConflictResolver = lazyComponent(
  () => import("./conflict-resolver.tsx").then((module) => module.ConflictResolver),
  <DocumentSkeleton label="Loading the conflict screen" />,
);
