"use client";

import { SectionComments } from "@/features/comments/index.ts";
import { useSection } from "@/features/editor/index.ts";
import { PresenceBeacon } from "@/features/presence/index.ts";
import { SearchHighlight } from "@/features/search/index.ts";
import { SectionView } from "./section-view.tsx";

/**
 * A section of a brief: its header, editor and history (SectionView), and on leaf sections the
 * comments beside it and this tab's presence. Keyed by section, so nothing carries over from the
 * section before.
 */
export function SectionPage({ briefId, sectionKey }: { briefId: string; sectionKey: string }) {
  const section = useSection(briefId, sectionKey).data;
  return (
    <>
      <SectionView briefId={briefId} sectionKey={sectionKey} />
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

function SectionCompanions(props: { briefId: string; sectionId: string; sectionKey: string }) {
  return (
    <>
      <PresenceBeacon sectionId={props.sectionId} />
      <SearchHighlight sectionId={props.sectionId} />
      <SectionComments {...props} />
    </>
  );
}
