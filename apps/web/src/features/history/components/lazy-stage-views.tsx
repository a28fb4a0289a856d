"use client";

import { DocumentSkeleton } from "@/features/editor/index.ts";
import { lazyComponent } from "@/lib/lazy-component.tsx";

/*
 * A revision or a comparison takes the editor's place only when someone opens one, so the diff
 * code is not part of the section page's first load: HistoryStage preloads it once the page is
 * idle, so opening one is immediate. They stay server-rendered: a URL that opens a view gets its
 * HTML, and the client hydrates that HTML once the code is here (same tree on both sides, no
 * React #418).
 */

export const RevisionView = lazyComponent(
  () => import("./revision-view.tsx").then((module) => module.RevisionView),
  <DocumentSkeleton label="Loading the revision" />,
);

export const CompareView = lazyComponent(
  () => import("./compare-view.tsx").then((module) => module.CompareView),
  <DocumentSkeleton label="Loading the comparison" />,
);
