"use client";

import { type MouseEvent, memo, useEffect, useMemo, useRef, useState } from "react";
import { Link } from "@/components/ui/link.tsx";
import { OutlineExtras, useBriefPresence } from "@/features/presence/index.ts";
import { ReviewMarks } from "@/features/review/index.ts";
import type { OutlineSection } from "@/lib/api-types.ts";
import { cn } from "@/lib/utils.ts";
import { sectionLinkProps, useSectionSwitch } from "../hooks/use-section-switch.ts";
import { buildOutline, filterOutline, neighbourLeaves, type OutlineNode } from "../lib/outline.ts";
import { OutlineFilter } from "./outline-filter.tsx";
import { SectionDot } from "./section-dot.tsx";
import { StatusMark } from "./status-mark.tsx";

type Node = OutlineNode<OutlineSection>;

/** The brief's sections as a tree: parents are group headings, leaves link to their editor. */
export function OutlineNav({
  briefId,
  sections,
  activeKey,
}: {
  briefId: string;
  sections: OutlineSection[];
  activeKey: string | null;
}) {
  const [filter, setFilter] = useState("");
  // Kept between renders so the rows (memo) re-render only when theirs changed: a switch redraws
  // the two rows whose mark moved, not all 41.
  const tree = useMemo(() => filterOutline(buildOutline(sections), filter), [sections, filter]);
  const { open, prefetch } = useSectionSwitch(briefId);
  // The two sections either side are fetched ahead of the click (the others on hover): reading or
  // writing in order, even quickly, the next section opens from the cache.
  const ahead = neighbourLeaves(sections, activeKey, 2).join(" ");
  useEffect(() => {
    for (const key of ahead.split(" ")) {
      const section = sections.find((s) => s.key === key);
      if (section) prefetch(section);
    }
  }, [ahead, sections, prefetch]);
  const nav = useRef<HTMLElement>(null);
  // Who is where, for the rows' avatars: refreshed every 20 s and on presence events.
  useBriefPresence(briefId);
  // Bring the current section into view when it changes (deep sections start below the fold).
  useEffect(() => {
    if (!activeKey) return;
    nav.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: "nearest" });
  }, [activeKey]);
  return (
    <>
      <OutlineFilter value={filter} onChange={setFilter} />
      <nav ref={nav} aria-label="Sections" className="px-2 pb-8">
        {tree.length === 0 ? (
          <p className="px-2 pt-4 text-xs text-neutral-500">No section title contains “{filter.trim()}”.</p>
        ) : (
          <ul className="space-y-px">
            {tree.map((node) => (
              <OutlineItem
                key={node.id}
                node={node}
                depth={0}
                briefId={briefId}
                activeKey={activeKey}
                onOpen={open}
                onIntent={prefetch}
              />
            ))}
          </ul>
        )}
      </nav>
    </>
  );
}

function OutlineItem({
  node,
  depth,
  briefId,
  activeKey,
  onOpen,
  onIntent,
}: {
  node: Node;
  depth: number;
  briefId: string;
  activeKey: string | null;
  onOpen: (event: MouseEvent<HTMLAnchorElement>) => void;
  onIntent: (section: Node) => void;
}) {
  const active = node.key === activeKey;
  if (node.isLeaf) {
    return <OutlineLeaf node={node} briefId={briefId} active={active} onOpen={onOpen} onIntent={onIntent} />;
  }
  return (
    <li className={cn(depth === 0 ? "pt-5" : "pt-2")}>
      <Link
        {...linkProps(briefId, node, onOpen, onIntent)}
        aria-current={active ? "page" : undefined}
        className={cn(
          "block rounded-md px-2 py-1 leading-5 transition-colors hover:text-neutral-900",
          depth === 0 ? "text-xs font-semibold text-neutral-800" : "text-xs font-medium text-neutral-500",
          active && "bg-white text-neutral-900 shadow-xs ring-1 ring-neutral-200",
        )}
      >
        {node.title}
      </Link>
      <ul className={cn("mt-0.5 space-y-px", depth > 0 && "ml-3 border-l border-neutral-200 pl-1.5")}>
        {node.children.map((child) => (
          <OutlineItem
            key={child.id}
            node={child}
            depth={depth + 1}
            briefId={briefId}
            activeKey={activeKey}
            onOpen={onOpen}
            onIntent={onIntent}
          />
        ))}
      </ul>
    </li>
  );
}

/** A row's link: opens in place from a section page, its data fetched on hover. */
const linkProps = (
  briefId: string,
  node: Node,
  onOpen: (event: MouseEvent<HTMLAnchorElement>) => void,
  onIntent: (section: Node) => void,
) => sectionLinkProps(briefId, node.key, onOpen, () => onIntent(node));

/** A leaf's row, redrawn only when its own props change (memo). */
const OutlineLeaf = memo(function OutlineLeaf({
  node,
  briefId,
  active,
  onOpen,
  onIntent,
}: {
  node: Node;
  briefId: string;
  active: boolean;
  onOpen: (event: MouseEvent<HTMLAnchorElement>) => void;
  onIntent: (section: Node) => void;
}) {
  return (
    <li>
      <Link
        {...linkProps(briefId, node, onOpen, onIntent)}
        aria-current={active ? "page" : undefined}
        className={cn(
          "flex items-start gap-2.5 rounded-md px-2 py-[5px] text-[13px] leading-5 text-neutral-600 transition-colors hover:bg-neutral-200/50 hover:text-neutral-900",
          active && "bg-white font-medium text-neutral-900 shadow-xs ring-1 ring-neutral-200 hover:bg-white",
        )}
      >
        <SectionDot filled={node.filled} className="mt-1.5" />
        <span className="min-w-0 flex-1">
          {node.title}
          <span className="sr-only">{node.filled ? ", written" : ", empty"}</span>
        </span>
        <OutlineExtras briefId={briefId} sectionId={node.id} openThreads={node.openThreads} />
        <ReviewMarks briefId={briefId} sectionId={node.id} />
        <StatusMark status={node.status} />
      </Link>
    </li>
  );
});
