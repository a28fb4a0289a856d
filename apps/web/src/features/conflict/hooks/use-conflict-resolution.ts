"use client";

import { diffDocuments, type JSONContent } from "@dossier/editor";
import type { DocumentJson } from "@dossier/schema";
import { useCallback, useEffect, useMemo, useState } from "react";
import { type ConflictScreenProps, useFetchLatestSection } from "@/features/editor/index.ts";
import { useRevision } from "@/features/history/index.ts";
import { errorMessage, isTRPCClientError } from "@/trpc/errors.ts";
import { useResolveConflict } from "../queries.ts";

export type Choice = { choice: "mine" } | { choice: "theirs" } | { choice: "merged"; merged: DocumentJson };

type Where = { briefId: string; sectionId: string; sectionKey: string };

/**
 * The state of the choose screen: my text (as of opening it), the current revision it conflicts
 * with (found again when the error didn't say, or it changed again meanwhile), their diff, and
 * writing the choice.
 */
export function useConflictResolution({
  briefId,
  sectionId,
  sectionKey,
  failure,
  getMine,
  onResolved,
}: ConflictScreenProps & Where) {
  const fetchLatest = useFetchLatestSection();
  const [open, setOpen] = useState(true);
  const [mine, setMine] = useState(getMine);
  const [theirsId, setTheirsId] = useState(failure.conflict?.currentRevisionId ?? null);
  const [changedAgain, setChangedAgain] = useState(false);
  const [mode, setMode] = useState<"choose" | "merge">("choose");
  const [problem, setProblem] = useState<string | null>(null);

  /** Finds the section's newest revision (when the error didn't say, or it changed again). */
  const refreshTheirs = useCallback(async () => {
    const fresh = await fetchLatest(briefId, sectionKey);
    setTheirsId(fresh.current?.id ?? null);
  }, [briefId, fetchLatest, sectionKey]);

  useEffect(() => {
    if (!theirsId) void refreshTheirs().catch(() => {});
  }, [theirsId, refreshTheirs]);

  const theirs = useRevision(theirsId);
  const diff = useMemo(() => {
    if (!theirs.data) return null;
    try {
      return diffDocuments(theirs.data.content as JSONContent, mine as JSONContent);
    } catch {
      return null;
    }
  }, [theirs.data, mine]);
  const resolve = useResolveConflict();

  async function choose(picked: Choice) {
    if (!theirsId || !theirs.data) return;
    setProblem(null);
    try {
      const written = await resolve.mutateAsync({ ...picked, sectionId, theirsRevisionId: theirsId, mine });
      const theirsText = theirs.data.content as DocumentJson;
      const content =
        picked.choice === "mine" ? mine : picked.choice === "theirs" ? theirsText : picked.merged;
      setOpen(false);
      onResolved(written, content);
    } catch (error) {
      if (isTRPCClientError(error) && error.data?.code === "CONFLICT") {
        setChangedAgain(true);
        setMode("choose");
        await refreshTheirs().catch(() => {});
      } else {
        setProblem(errorMessage(error));
      }
    }
  }

  function onOpenChange(next: boolean) {
    if (next) setMine(getMine());
    setOpen(next);
  }

  return { open, onOpenChange, mine, theirs, diff, changedAgain, mode, setMode, problem, resolve, choose };
}

export type ConflictResolution = ReturnType<typeof useConflictResolution>;
