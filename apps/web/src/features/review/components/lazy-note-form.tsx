"use client";

import { lazyDialogForm } from "@/components/ui/dialog.tsx";

/**
 * The review dialogs' note form loads apart (each dialog preloads it): its form library is no part
 * of a page's first load.
 */
export const NoteForm = lazyDialogForm(() => import("./note-form.tsx").then((module) => module.NoteForm));
