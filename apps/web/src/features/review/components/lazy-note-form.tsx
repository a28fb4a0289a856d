"use client";

import { DialogBodyLoading } from "@/components/ui/dialog.tsx";
import { lazyComponent } from "@/lib/lazy-component.tsx";

/**
 * The review dialogs' note form loads apart (each dialog preloads it): its form library is no part
 * of a page's first load.
 */
export const NoteForm = lazyComponent(
  () => import("./note-form.tsx").then((module) => module.NoteForm),
  <DialogBodyLoading label="Loading the form" />,
);
