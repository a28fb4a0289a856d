"use client";

import type { CountryFacts } from "@dossier/schema";
import { Pencil } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import { DocumentSkeleton, useOpenEditor } from "@/features/editor/index.ts";
import { lazyComponent } from "@/lib/lazy-component.tsx";
import { errorMessage } from "@/trpc/errors.ts";
import { useSaveFacts } from "../queries.ts";
import { FactsTable } from "./facts-table.tsx";

/**
 * The form's code loads apart (preloaded when the page is idle, for those who may edit): its form
 * library is no part of the section page's first load.
 */
const FactsForm = lazyComponent(
  () => import("./facts-form.tsx").then((module) => module.FactsForm),
  <DocumentSkeleton label="Loading the facts form" />,
);

type FactsSection = {
  id: string;
  key: string;
  canEdit: boolean;
  current: { id: string; facts: CountryFacts | null } | null;
};

/**
 * Country Profile's facts above its text: the table, and for those who may edit the section an
 * "Edit facts" form. Saving first saves any unsaved text (so the facts revision builds on it),
 * then tells the open editor about the revision the facts wrote, so its next save follows on.
 */
export function FactsPanel({ briefId, section }: { briefId: string; section: FactsSection }) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = useSaveFacts(briefId, section);
  const openEditor = useOpenEditor(section.id);
  const facts = section.current?.facts ?? null;
  useEffect(() => {
    if (section.canEdit) FactsForm.preloadWhenIdle();
  }, [section.canEdit]);

  const submit = async (next: CountryFacts) => {
    setError(null);
    if (openEditor && !(await openEditor.flush())) {
      setError("Your text couldn't be saved, so the facts weren't either. Try again.");
      return;
    }
    // After a flush the cached section may lag the editor: the editor's base is the one to build on.
    const base = openEditor?.baseRevisionId() ?? section.current?.id ?? null;
    save.mutate(
      { sectionId: section.id, baseRevisionId: base, facts: next },
      {
        onSuccess: (revision) => {
          if (openEditor && revision.id !== base) {
            openEditor.load(revision, openEditor.editor.getJSON() as Parameters<typeof openEditor.load>[1]);
          }
          setEditing(false);
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };

  return (
    <section aria-labelledby={`${section.id}-facts`} className="mb-8">
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 id={`${section.id}-facts`} className="text-sm font-semibold text-neutral-900">
          Country facts
        </h2>
        {section.canEdit && !editing ? (
          <Button variant="ghost" size="sm" onClick={() => setEditing(true)}>
            <Pencil aria-hidden />
            Edit facts
          </Button>
        ) : null}
      </div>
      {editing ? (
        <div className="rounded-xl border border-neutral-200 bg-white p-4">
          <FactsForm
            facts={facts}
            busy={save.isPending}
            error={error}
            onSubmit={(next) => void submit(next)}
            onCancel={() => {
              setError(null);
              setEditing(false);
            }}
          />
        </div>
      ) : facts ? (
        <FactsTable facts={facts} />
      ) : (
        <p className="rounded-xl border border-dashed border-neutral-200 px-4 py-3 text-sm text-neutral-500">
          No facts yet.
          {section.canEdit ? " Add population, GDP, leaders and more, each with its source." : ""}
        </p>
      )}
    </section>
  );
}
