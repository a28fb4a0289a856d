"use client";

import dynamic from "next/dynamic";
import { DocumentSkeleton } from "@/features/editor/index.ts";

/*
 * A revision or a comparison takes the editor's place only when someone opens one, so the diff
 * code loads then. They stay server-rendered: a URL that opens a view gets its HTML, and the
 * client hydrates that HTML once the chunk arrives (same tree on both sides, no React #418).
 */

export const RevisionView = dynamic(
  () => import("./revision-view.tsx").then((module) => module.RevisionView),
  { loading: () => <DocumentSkeleton label="Loading the revision" /> },
);

export const CompareView = dynamic(() => import("./compare-view.tsx").then((module) => module.CompareView), {
  loading: () => <DocumentSkeleton label="Loading the comparison" />,
});
