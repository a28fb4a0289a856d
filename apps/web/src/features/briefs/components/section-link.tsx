"use client";

import type { ComponentProps } from "react";
import { Link } from "@/components/ui/link.tsx";
import { sectionLinkProps, useSectionSwitch } from "../hooks/use-section-switch.ts";
import { useBrief } from "../queries.ts";

/**
 * A link to one of the brief's sections from inside a section (breadcrumb, a group's list), which
 * behaves as the outline's rows do: from a section page the click opens the section in place, its
 * data fetched on hover, and the router never renders the section's server page ahead of time (a
 * group listing four sections used to ask the server for all four pages on every visit).
 */
export function SectionLink({
  briefId,
  sectionKey,
  ...props
}: { briefId: string; sectionKey: string } & Omit<
  ComponentProps<typeof Link>,
  "href" | "prefetch" | "onClick" | "onPointerEnter"
>) {
  const { open, prefetch } = useSectionSwitch(briefId);
  const sections = useBrief(briefId).data?.sections;
  return (
    <Link
      {...props}
      {...sectionLinkProps(briefId, sectionKey, open, () => {
        const section = sections?.find((s) => s.key === sectionKey);
        if (section) prefetch(section);
      })}
    />
  );
}
