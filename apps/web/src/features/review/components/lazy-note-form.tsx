"use client";

import dynamic from "next/dynamic";
import { DialogBodyLoading } from "@/components/ui/dialog.tsx";

/** The review dialogs' note form loads when one opens: its form library is no part of a page's first load. */
export const NoteForm = dynamic(() => import("./note-form.tsx").then((module) => module.NoteForm), {
  ssr: false,
  loading: () => <DialogBodyLoading label="Loading the form" />,
});
