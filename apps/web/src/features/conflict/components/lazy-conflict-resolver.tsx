"use client";

import dynamic from "next/dynamic";
import { DocumentSkeleton } from "@/features/editor/index.ts";

/**
 * The conflict screen only appears after a refused save, never on a first paint (nor on the
 * server), so its code — the differences, the merge editor — loads when a conflict opens it.
 */
export const LazyConflictResolver = dynamic(
  () => import("./conflict-resolver.tsx").then((module) => module.ConflictResolver),
  { ssr: false, loading: () => <DocumentSkeleton label="Loading the conflict screen" /> },
);
