"use client";

import { useEffect } from "react";
import { AfterFirstPaint } from "@/components/feedback/after-first-paint.tsx";
import { useBrief } from "@/features/briefs/index.ts";
import { SectionComments } from "@/features/comments/index.ts";
import { useSection } from "@/features/editor/index.ts";
import { PresenceBeacon } from "@/features/presence/index.ts";
import { SearchHighlight } from "@/features/search/index.ts";
import { useSectionKeyInPath } from "@/hooks/use-brief-segment.ts";
import { SectionView } from "./section-view.tsx";

/**
 * A section of a brief: its header, editor and history (SectionView), and on leaf sections the
 * comments beside it and this tab's presence. Keyed by section, so nothing carries over from the
 * section before. `sectionKey` is the section the server rendered; the address bar says which one
 * is shown now (the outline opens sections in place: features/briefs/hooks/use-section-switch.ts).
 */
export function SectionPage({ briefId, sectionKey: rendered }: { briefId: string; sectionKey: string }) {
  const sectionKey = useSectionKeyInPath(briefId) ?? rendered;
  const section = useSection(briefId, sectionKey).data;
  useSectionTitle(briefId, section?.title);
  return (
    <>
      {/* Keyed: a section opened in place starts from scratch, as a freshly rendered page would. */}
      <SectionView key={sectionKey} briefId={briefId} sectionKey={sectionKey} />
      {section?.isLeaf ? (
        <SectionCompanions
          key={section.id}
          briefId={briefId}
          sectionId={section.id}
          sectionKey={sectionKey}
        />
      ) : null}
    </>
  );
}

/** The tab's title, as the server's metadata words it, kept right when a section opens in place. */
function useSectionTitle(briefId: string, title: string | undefined) {
  const country = useBrief(briefId).data?.country;
  useEffect(() => {
    if (title && country) document.title = `${title} · ${country} · Dossier`;
  }, [title, country]);
}

/** Drawn right after the section itself, which is what opening it waits for. */
function SectionCompanions(props: { briefId: string; sectionId: string; sectionKey: string }) {
  return (
    <AfterFirstPaint>
      <PresenceBeacon sectionId={props.sectionId} />
      <SearchHighlight sectionId={props.sectionId} />
      <SectionComments {...props} />
    </AfterFirstPaint>
  );
}
